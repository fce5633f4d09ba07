import { describe, expect, it } from 'vitest';
import { PARAMS } from '../model/parameters.js';
import { absorptiveCapacity, depreciate, knowledgeProduced } from './knowledge.js';

describe('absorptive capacity (Cohen & Levinthal 1990)', () => {
  it('is zero with no knowledge and no training, and below 1 always', () => {
    expect(absorptiveCapacity(0, 0, false)).toBe(0);
    expect(absorptiveCapacity(1e9, 1e9, false)).toBeLessThan(1);
  });

  it('rises with training and with own knowledge', () => {
    expect(absorptiveCapacity(10, 30, false)).toBeGreaterThan(absorptiveCapacity(10, 0, false));
    expect(absorptiveCapacity(80, 0, false)).toBeGreaterThan(absorptiveCapacity(10, 0, false));
  });

  it('is cut for a locked-in firm (lock-out)', () => {
    expect(absorptiveCapacity(50, 20, true)).toBeCloseTo(
      absorptiveCapacity(50, 20, false) * PARAMS.lockedInAbsorptionFactor,
      12,
    );
  });

  it('is one half when A equals β', () => {
    expect(
      absorptiveCapacity(PARAMS.absorptionHalf / PARAMS.knowledgeWeight, 0, false),
    ).toBeCloseTo(0.5, 12);
  });
});

describe('knowledge production (Jones 1995)', () => {
  it('produces nothing from nothing', () => {
    expect(knowledgeProduced(0, 100)).toBe(0);
  });

  it('has diminishing returns to spending', () => {
    const a = knowledgeProduced(10, 0);
    const b = knowledgeProduced(20, 0);
    expect(b).toBeGreaterThan(a);
    expect(b).toBeLessThan(2 * a);
  });

  it('is helped by the existing stock (standing on shoulders)', () => {
    expect(knowledgeProduced(10, 100)).toBeGreaterThan(knowledgeProduced(10, 0));
  });
});

describe('perpetual-inventory depreciation (Griliches)', () => {
  it('loses δ a year and never goes negative', () => {
    expect(depreciate(100, 0.15)).toBeCloseTo(85, 12);
    expect(depreciate(-5, 0.15)).toBe(0);
    expect(depreciate(100, 1)).toBe(0);
  });
});
