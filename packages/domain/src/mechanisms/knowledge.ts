import { pow } from '../math/det-math.js';
import { PARAMS } from '../model/parameters.js';

/**
 * Absorptive capacity γ = A / (A + β), A = κ·K + θ·T (Cohen & Levinthal 1990;
 * §3.2, §5.2): the share of reachable outside knowledge the firm can make its
 * own. It grows with its own knowledge K and its training/learning stock T; a
 * locked-in firm learns less ("lock-out").
 */
export function absorptiveCapacity(knowledge: number, training: number, lockedIn: boolean): number {
  const a =
    PARAMS.knowledgeWeight * Math.max(0, knowledge) + PARAMS.trainingWeight * Math.max(0, training);
  const gamma = a / (a + PARAMS.absorptionHalf);
  return lockedIn ? gamma * PARAMS.lockedInAbsorptionFactor : gamma;
}

/**
 * Knowledge production with diminishing returns, helped by the existing stock
 * (Jones 1995: ΔK = a·R^λ·(1+K)^φ, λ < 1, φ < 1; §3, §5.1).
 */
export function knowledgeProduced(
  spend: number,
  stock: number,
  productivity: number = PARAMS.rndProductivity,
): number {
  if (spend <= 0) return 0;
  return (
    productivity *
    pow(spend, PARAMS.rndReturns) *
    pow(1 + Math.max(0, stock), PARAMS.stockSpillover)
  );
}

/** Perpetual-inventory depreciation (Griliches 1979): S' = (1 − δ)·S. */
export function depreciate(stock: number, rate: number): number {
  return Math.max(0, stock * (1 - rate));
}
