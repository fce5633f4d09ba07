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
  return productivity * spendPower(spend) * pow(1 + Math.max(0, stock), PARAMS.stockSpillover);
}

/**
 * pow(spend, λ), kept once worked out for whole-number spending below 4096
 * (lever amounts are whole million CNY): the very value pow returns, without
 * an exp and a ln twice every simulated year. 0 marks "not yet": spend^λ ≥ 1.
 */
const SPEND_POWERS = new Float64Array(4096);

function spendPower(spend: number): number {
  if (spend >= SPEND_POWERS.length || !Number.isInteger(spend))
    return pow(spend, PARAMS.rndReturns);
  let power = SPEND_POWERS[spend] ?? 0;
  if (power === 0) {
    power = pow(spend, PARAMS.rndReturns);
    SPEND_POWERS[spend] = power;
  }
  return power;
}

/** Perpetual-inventory depreciation (Griliches 1979): S' = (1 − δ)·S. */
export function depreciate(stock: number, rate: number): number {
  return max(0, stock * (1 - rate));
}

/**
 * Math.max itself, read once: it keeps depreciate's bytecode under V8's size
 * for always-inlined small functions (27 bytes), and a year calls it nine times.
 */
const max = Math.max;
