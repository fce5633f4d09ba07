import { exp } from '../math/det-math.js';
import { PARAMS } from '../model/parameters.js';
import { PARTNER_IDS } from '../schemas/ids.js';

/**
 * Search costs (§3, §3.1): the chance that a year's search effort toward one
 * partner type finds a partner, p = 1 − exp(−λ·e·(1 + σ·m)), where e is the
 * effort (million CNY), m the matches found before (embedding lowers the cost
 * of the next search) and w the partners' willingness (IP protection, ecosystem).
 */
export function matchProbability(effort: number, pastMatches: number, willingness: number): number {
  if (effort <= 0) return 0;
  const lambda = PARAMS.searchLambda * (1 + PARAMS.searchLearning * pastMatches);
  return (1 - exp(-lambda * effort)) * Math.min(1, Math.max(0, willingness));
}

/** A tie's strength after a year: decays unless a match renews it. */
export function nextTieStrength(strength: number, matched: boolean): number {
  const decayed = strength * (1 - PARAMS.tieDecay);
  return Math.min(1, matched ? decayed + PARAMS.tieGain : decayed);
}

/** Average strength of the firm's four strongest ties (0–1). */
export function tieScore(ties: readonly number[]): number {
  // Top four without sorting or allocating: this runs several times a year.
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (let i = 0; i < ties.length; i++) {
    const v = ties[i] ?? 0;
    if (v > a) {
      d = c;
      c = b;
      b = a;
      a = v;
    } else if (v > b) {
      d = c;
      c = b;
      b = v;
    } else if (v > c) {
      d = c;
      c = v;
    } else if (v > d) {
      d = v;
    }
  }
  return (a + b + c + d) / 4;
}

/** Bit i set when `partners` includes PARTNER_IDS[i] (one pass, not an `includes` per type). */
export function partnerMask(partners: readonly string[]): number {
  let mask = 0;
  for (let j = 0; j < partners.length; j++) {
    const p = partners[j];
    for (let i = 0; i < PARTNER_IDS.length; i++) {
      if (PARTNER_IDS[i] === p) {
        mask |= 1 << i;
        break;
      }
    }
  }
  return mask;
}
