import { describe, expect, it } from 'vitest';
import {
  foreignDependence,
  licenceEfficiencyGain,
  licenceLearning,
  royalties,
} from './licensing.js';

describe('the illusion of technological progress', () => {
  it('lifts efficiency with licensed technology, with diminishing returns', () => {
    expect(licenceEfficiencyGain(0)).toBe(0);
    expect(licenceEfficiencyGain(30)).toBeGreaterThan(0);
    expect(licenceEfficiencyGain(300) - licenceEfficiencyGain(270)).toBeLessThan(
      licenceEfficiencyGain(30),
    );
  });

  it('teaches little, and nothing without absorptive capacity', () => {
    expect(licenceLearning(20, 0)).toBe(0);
    expect(licenceLearning(20, 1)).toBeLessThan(20 * 0.1);
  });

  it('raises dependence on foreign technology and royalties', () => {
    expect(foreignDependence(0, 0, 0)).toBe(0);
    expect(foreignDependence(50, 10, 0)).toBeGreaterThan(foreignDependence(10, 10, 0));
    expect(foreignDependence(10, 0, 0)).toBe(1);
    expect(royalties(1000, 0)).toBe(0);
    expect(royalties(1000, 50)).toBeGreaterThan(royalties(1000, 10));
  });
});
