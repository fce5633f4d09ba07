import { PARAMS } from '../model/parameters.js';
import type { Mode } from '../schemas/ids.js';

export interface UpgradeInputs {
  readonly mode: Mode;
  readonly design: number;
  readonly knowledge: number;
  readonly brand: number;
  readonly patents: number;
  readonly lockedIn: boolean;
}

/**
 * Functional upgrading OEM → ODM → OBM (Humphrey & Schmitz 2002; §3.2
 * "Making" to "Creating"): thresholds on design capability and knowledge for
 * ODM, on brand, patents and knowledge for OBM. Locked-in firms face higher
 * thresholds. One step a year at most; firms do not step down.
 */
export function nextMode(i: UpgradeInputs): Mode {
  const f = i.lockedIn ? PARAMS.lockedInThresholdFactor : 1;
  if (i.mode === 'OEM') {
    return i.design >= PARAMS.odmDesign * f && i.knowledge >= PARAMS.odmKnowledge * f
      ? 'ODM'
      : 'OEM';
  }
  if (i.mode === 'ODM') {
    return i.brand >= PARAMS.obmBrand * f &&
      i.patents >= PARAMS.obmPatents &&
      i.knowledge >= PARAMS.obmKnowledge * f
      ? 'OBM'
      : 'ODM';
  }
  return 'OBM';
}
