import { logistic } from '../math/det-math.js';
import { PARAMS } from '../model/parameters.js';
import type { Mode } from '../schemas/ids.js';

export interface LockInInputs {
  readonly pureOemYears: number;
  readonly knowledge: number;
  readonly dependence: number;
  readonly buyerConcentration: number;
  readonly mode: Mode;
}

/**
 * Low-end lock-in risk (§1, §4): a logistic composite that rises with years of
 * pure OEM, low own knowledge, foreign-technology dependence and buyer
 * concentration, and falls once the firm has upgraded its function.
 */
export function lockInRisk(i: LockInInputs): number {
  const knowledgeGap = 1 - i.knowledge / (i.knowledge + PARAMS.lockInKnowledgeHalf);
  const relief =
    i.mode === 'OEM' ? 0 : i.mode === 'ODM' ? PARAMS.lockInModeRelief : 2 * PARAMS.lockInModeRelief;
  return logistic(
    PARAMS.lockInBias +
      PARAMS.lockInPerPureYear * i.pureOemYears +
      PARAMS.lockInKnowledgeWeight * knowledgeGap +
      PARAMS.lockInDependenceWeight * i.dependence +
      PARAMS.lockInBuyerWeight * i.buyerConcentration -
      relief,
  );
}

/**
 * Locked in above the threshold; freed only well below it (hysteresis: once
 * locked, the frontier has moved away — Cohen & Levinthal's lock-out).
 */
export function nextLockedIn(wasLocked: boolean, risk: number): boolean {
  return wasLocked ? risk >= PARAMS.unlock : risk >= PARAMS.lockIn;
}

/** Counts years of pure OEM; each year of real upgrading effort takes one off. */
export function nextPureOemYears(years: number, mode: Mode, innovationIntensity: number): number {
  const pure = mode === 'OEM' && innovationIntensity < PARAMS.pureOemIntensity;
  return pure ? years + 1 : Math.max(0, years - 1);
}
