import { exp, pow } from '../math/det-math.js';
import { PARAMS } from '../model/parameters.js';
import type { Mode } from '../schemas/ids.js';

/**
 * Process efficiency: process upgrading (allowed, even encouraged, in captive
 * chains — Humphrey & Schmitz 2002), licensed technology and the digital phase
 * each lower the labour needed per unit of product.
 */
export function efficiency(
  processStock: number,
  processBoost: number,
  licenceGain: number,
  digitalGain: number,
): number {
  const processGain = PARAMS.processEfficiency * (1 - exp(-processStock / PARAMS.processHalf));
  return (1 + processGain * processBoost) * (1 + licenceGain) * (1 + digitalGain);
}

/**
 * Buyers' orders follow cost competitiveness (§1, §4): when wages outrun
 * efficiency, foreign buyers move orders to cheaper places. Efficiency is
 * relative to the firm's own at the start.
 */
export function orderRetention(wage: number, relativeEfficiency: number): number {
  return retentionAt(unpassedWage(wage), relativeEfficiency);
}

/** The part of the wage index buyers do not pay for: wage^(1 − pass-through). */
export function unpassedWage(wage: number): number {
  return pow(wage, 1 - PARAMS.wagePassThrough);
}

/** orderRetention for an already computed unpassedWage (operate needs it twice a year). */
export function retentionAt(unpassed: number, relativeEfficiency: number): number {
  const ratio = relativeEfficiency / unpassed;
  return Math.min(1.15, Math.max(0.35, pow(ratio, PARAMS.competitivenessElasticity)));
}

/**
 * World-market exposure (§4): an OEM sells only to foreign buyers, so world
 * demand hits all of its sales; ODM/OBM firms diversify part of their sales
 * into channels that feel a shock only partly.
 */
export function salesVolume(
  mode: Mode,
  worldDemand: number,
  ownDemand: number,
  worldShock: number,
  retention: number,
): number {
  const d = diversificationOf(mode);
  const oem = (1 - d) * worldDemand * (1 + worldShock) * retention;
  const own = d * ownDemand * (1 + PARAMS.ownChannelShockShare * worldShock);
  return oem + own;
}

/**
 * Labour cost: product value × labour share × wage^(1 − pass-through) / efficiency.
 * Buyers pay part of region-wide wage rises (every Guangdong supplier faces
 * them); the rest squeezes the firm's margin.
 */
export function labourCost(productValue: number, wage: number, eff: number): number {
  return labourCostAt(productValue, unpassedWage(wage), eff);
}

/** labourCost for an already computed unpassedWage. */
export function labourCostAt(productValue: number, unpassed: number, eff: number): number {
  return (productValue * PARAMS.labourShare * unpassed) / eff;
}

/**
 * PARAMS.diversification[mode], with the common modes compared first: a lookup
 * keyed by a varying mode string is a slow generic one, and operate needs it
 * twice a year. (The last lookup is the generic one, for any other value.)
 */
export function diversificationOf(mode: Mode): number {
  const d = PARAMS.diversification;
  return mode === 'OEM' ? d.OEM : mode === 'ODM' ? d.ODM : d[mode];
}
