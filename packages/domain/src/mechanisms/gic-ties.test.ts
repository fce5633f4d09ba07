import { describe, expect, it } from 'vitest';
import { PARAMS } from '../model/parameters.js';
import { matchProbability, nextTieStrength, tieScore } from './gic-ties.js';

describe('search costs and ties', () => {
  it('finds no partner without effort, and never with certainty', () => {
    expect(matchProbability(0, 10, 1)).toBe(0);
    expect(matchProbability(1e6, 10, 1)).toBeLessThanOrEqual(1);
    expect(matchProbability(5, 0, 1)).toBeLessThan(1);
  });

  it('gets cheaper with past matches (embedding lowers search costs)', () => {
    expect(matchProbability(2, 5, 1)).toBeGreaterThan(matchProbability(2, 0, 1));
  });

  it('is scaled by partners’ willingness (IP protection)', () => {
    expect(matchProbability(2, 0, 0.5)).toBeCloseTo(matchProbability(2, 0, 1) / 2, 12);
    expect(matchProbability(2, 0, 0)).toBe(0);
  });

  it('decays a tie without a match and strengthens it with one, capped at 1', () => {
    expect(nextTieStrength(0.5, false)).toBeCloseTo(0.5 * (1 - PARAMS.tieDecay), 12);
    expect(nextTieStrength(0.5, true)).toBeGreaterThan(0.5);
    expect(nextTieStrength(1, true)).toBe(1);
  });

  it('scores the four strongest ties', () => {
    expect(tieScore([0, 0, 0, 0, 0, 0, 0, 0])).toBe(0);
    expect(tieScore([1, 1, 1, 1, 1, 1, 1, 1])).toBe(1);
    expect(tieScore([0.2, 1, 0, 0.6, 0.4, 0, 0.8, 0.1])).toBeCloseTo((1 + 0.8 + 0.6 + 0.4) / 4, 12);
  });
});
