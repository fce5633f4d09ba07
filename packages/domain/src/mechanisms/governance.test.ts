import { describe, expect, it } from 'vitest';
import { PARAMS } from '../model/parameters.js';
import { governanceEffect } from './governance.js';

const immature = { govIndustryResearch: 0.2, regionalIp: 0.2, hkMacao: 0.2, mncPresence: 0.3 };
const mature = { govIndustryResearch: 0.7, regionalIp: 0.7, hkMacao: 0.7, mncPresence: 0.5 };

describe('governance × innovation-system maturity (Fransen & Knorringa 2019)', () => {
  it('deepens process capabilities in a captive chain with an immature system', () => {
    const g = governanceEffect('OEM', 0.8, 0.1, immature);
    expect(g).toMatchObject({ governance: 'captive', mature: false });
    expect(g.process).toBe(PARAMS.captiveProcessBoost);
    expect(g.product).toBe(PARAMS.captiveProductDrag);
  });

  it('deepens product capabilities in a relational chain with a mature system', () => {
    const g = governanceEffect('ODM', 0.4, 0.5, mature);
    expect(g).toMatchObject({ governance: 'relational', mature: true, process: 1 });
    expect(g.product).toBe(PARAMS.relationalProductBoost);
  });

  it('is neutral in the mixed cases', () => {
    expect(governanceEffect('OEM', 0.8, 0.1, mature)).toMatchObject({ process: 1, product: 1 });
    expect(governanceEffect('ODM', 0.3, 0.5, immature)).toMatchObject({ process: 1, product: 1 });
  });

  it('treats an OEM with many strong ties as relational', () => {
    expect(governanceEffect('OEM', 0.8, 0.6, mature).governance).toBe('relational');
  });
});
