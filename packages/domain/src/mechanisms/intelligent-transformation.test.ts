import { describe, expect, it } from 'vitest';
import { PARAMS } from '../model/parameters.js';
import { digitalEfficiency, nextDigitalPhase } from './intelligent-transformation.js';

describe('intelligent transformation, in order', () => {
  it('enters each phase at its cumulative threshold, one phase a year', () => {
    const [t1, t2, t3] = PARAMS.digitalThresholds;
    expect(nextDigitalPhase(0, t1 - 1, 0)).toBe(0);
    expect(nextDigitalPhase(0, t1, 0)).toBe(1);
    // Enough money for every phase still moves only one step.
    expect(nextDigitalPhase(0, t3 * 10, 1e3)).toBe(1);
    expect(nextDigitalPhase(1, t2, 0)).toBe(2);
    expect(nextDigitalPhase(3, 0, 0)).toBe(3);
  });

  it('needs own knowledge for new-generation intelligent manufacturing', () => {
    const t3 = PARAMS.digitalThresholds[2];
    expect(nextDigitalPhase(2, t3, PARAMS.digitalKnowledgeForIntelligent - 1)).toBe(2);
    expect(nextDigitalPhase(2, t3, PARAMS.digitalKnowledgeForIntelligent)).toBe(3);
  });

  it('raises efficiency more in each later phase', () => {
    expect(digitalEfficiency(0)).toBe(0);
    expect(digitalEfficiency(1)).toBeLessThan(digitalEfficiency(2));
    expect(digitalEfficiency(2)).toBeLessThan(digitalEfficiency(3));
  });
});
