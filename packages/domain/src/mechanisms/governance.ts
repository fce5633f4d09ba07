import { PARAMS } from '../model/parameters.js';
import type { Mode } from '../schemas/ids.js';
import type { Ecosystem } from '../engine/state.js';

export interface GovernanceEffect {
  readonly governance: 'captive' | 'relational';
  readonly mature: boolean;
  /** Multiplier on process-capability gains. */
  readonly process: number;
  /** Multiplier on product-capability gains (own R&D, design). */
  readonly product: number;
}

/**
 * GVC governance × innovation-system maturity (Fransen & Knorringa 2019, cited
 * in §2): quasi-hierarchical (captive) chains in an immature system deepen
 * process capabilities; relational chains in a mature system deepen product
 * capabilities. An OEM tied to a dominant buyer is captive; ODM/OBM firms, or
 * OEMs with many partners, are relational.
 */
export function governanceEffect(
  mode: Mode,
  buyerConcentration: number,
  tieScore: number,
  eco: Ecosystem,
): GovernanceEffect {
  const captive = mode === 'OEM' && buyerConcentration >= 0.5 && tieScore < 0.4;
  const maturity = (eco.govIndustryResearch + eco.regionalIp + eco.hkMacao) / 3;
  const mature = maturity >= PARAMS.matureSystem;
  if (captive && !mature) {
    return {
      governance: 'captive',
      mature,
      process: PARAMS.captiveProcessBoost,
      product: PARAMS.captiveProductDrag,
    };
  }
  if (!captive && mature) {
    return { governance: 'relational', mature, process: 1, product: PARAMS.relationalProductBoost };
  }
  return { governance: captive ? 'captive' : 'relational', mature, process: 1, product: 1 };
}
