import { describe, expect, it } from 'vitest';
import { requireScenario } from '../scenarios/index.js';
import { PARTNER_IDS } from '../schemas/ids.js';
import {
  ecosystemMultiplier,
  effectiveIp,
  knowledgeLeak,
  partnerWillingness,
  reachableFromPools,
  reachableKnowledge,
} from './spillover.js';

const sc = requireScenario('dongguan-electronics');
const eco = sc.ecosystem;
const none = PARTNER_IDS.map(() => 0);

describe('knowledge spillover and the ecosystem', () => {
  it('reaches only event spillover without ties (closed innovation)', () => {
    expect(reachableKnowledge(none, sc.partnerPools, eco, 0)).toBe(0);
    expect(reachableKnowledge(none, sc.partnerPools, eco, 30)).toBe(30);
  });

  it('reaches more with stronger ties (open innovation)', () => {
    const some = PARTNER_IDS.map((p) => (p === 'university' ? 0.5 : 0));
    const strong = PARTNER_IDS.map((p) => (p === 'university' ? 1 : 0));
    expect(reachableKnowledge(strong, sc.partnerPools, eco, 0)).toBeCloseTo(
      2 * reachableKnowledge(some, sc.partnerPools, eco, 0),
      12,
    );
  });

  it('lets government–industry–research integration and HK/Macao cooperation amplify ties', () => {
    const richer = {
      ...eco,
      govIndustryResearch: eco.govIndustryResearch + 0.3,
      hkMacao: eco.hkMacao + 0.3,
    };
    expect(ecosystemMultiplier('university', richer)).toBeGreaterThan(
      ecosystemMultiplier('university', eco),
    );
    expect(ecosystemMultiplier('hkMacao', richer)).toBeGreaterThan(
      ecosystemMultiplier('hkMacao', eco),
    );
    expect(ecosystemMultiplier('talent', richer)).toBe(ecosystemMultiplier('talent', eco));
  });

  it('combines regional and own IP protection; either alone protects', () => {
    expect(effectiveIp(0, 0)).toBe(0);
    expect(effectiveIp(1, 0)).toBe(1);
    expect(effectiveIp(0, 1)).toBe(1);
    expect(effectiveIp(0.5, 0.5)).toBe(0.75);
  });

  it('leaks knowledge under weak protection, none under full protection', () => {
    expect(knowledgeLeak(100, 1)).toBe(0);
    expect(knowledgeLeak(100, 0)).toBeGreaterThan(knowledgeLeak(100, 0.5));
    expect(partnerWillingness(1)).toBeGreaterThan(partnerWillingness(0));
  });
});

describe('reachableFromPools (the engine form)', () => {
  it('amplifies each partner type exactly as ecosystemMultiplier does', () => {
    const eco = { govIndustryResearch: 0.3, regionalIp: 0.2, hkMacao: 0.45, mncPresence: 0.7 };
    const pools = PARTNER_IDS.map((_, i) => 10 + i);
    for (const [i, p] of PARTNER_IDS.entries()) {
      const ties = PARTNER_IDS.map((_, j) => (j === i ? 0.5 : 0));
      expect(reachableFromPools(ties, pools, eco, 0)).toBe(
        0.5 * (pools[i] ?? 0) * ecosystemMultiplier(p, eco),
      );
    }
  });
});
