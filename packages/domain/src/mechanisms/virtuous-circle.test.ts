import { describe, expect, it } from 'vitest';
import { Rng, seedPrng } from '../prng/prng.js';
import { PARAMS } from '../model/parameters.js';
import { drawNewPatents, patentPremium } from './virtuous-circle.js';

function meanPatents(created: number, ip: number, n = 4000): number {
  const rng = new Rng(seedPrng(9));
  let total = 0;
  for (let i = 0; i < n; i++) total += drawNewPatents(rng, created, ip);
  return total / n;
}

describe('the virtuous circle: knowledge → patents → revenue', () => {
  it('draws no patents without new knowledge', () => {
    expect(drawNewPatents(new Rng(seedPrng(1)), 0, 1)).toBe(0);
  });

  it('draws patents at the documented Poisson mean', () => {
    const expected = PARAMS.patentRate * 40 * (0.5 + 0.5 * 0.6);
    expect(meanPatents(40, 0.6)).toBeGreaterThan(expected * 0.93);
    expect(meanPatents(40, 0.6)).toBeLessThan(expected * 1.07);
  });

  it('turns patents in use into a capped product-value premium', () => {
    expect(patentPremium(0)).toBe(0);
    expect(patentPremium(10)).toBeGreaterThan(0);
    expect(patentPremium(1000)).toBe(patentPremium(PARAMS.patentPremiumCap));
  });
});
