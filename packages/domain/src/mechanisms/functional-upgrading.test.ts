import { describe, expect, it } from 'vitest';
import { PARAMS } from '../model/parameters.js';
import { nextMode } from './functional-upgrading.js';

const odmReady = {
  design: PARAMS.odmDesign,
  knowledge: PARAMS.odmKnowledge,
  brand: 0,
  patents: 0,
  lockedIn: false,
};

describe('functional upgrading OEM → ODM → OBM', () => {
  it('moves to ODM exactly at the design and knowledge thresholds', () => {
    expect(nextMode({ ...odmReady, mode: 'OEM' })).toBe('ODM');
    expect(nextMode({ ...odmReady, mode: 'OEM', design: PARAMS.odmDesign - 0.01 })).toBe('OEM');
    expect(nextMode({ ...odmReady, mode: 'OEM', knowledge: PARAMS.odmKnowledge - 0.01 })).toBe(
      'OEM',
    );
  });

  it('needs brand, patents and knowledge for OBM, one step a year', () => {
    const all = { design: 1e3, knowledge: 1e3, brand: 1e3, patents: 100, lockedIn: false };
    expect(nextMode({ ...all, mode: 'OEM' })).toBe('ODM');
    expect(nextMode({ ...all, mode: 'ODM' })).toBe('OBM');
    expect(nextMode({ ...all, mode: 'ODM', patents: PARAMS.obmPatents - 1 })).toBe('ODM');
    expect(nextMode({ ...all, mode: 'OBM', brand: 0 })).toBe('OBM');
  });

  it('raises the bar for a locked-in firm', () => {
    expect(nextMode({ ...odmReady, mode: 'OEM', lockedIn: true })).toBe('OEM');
    const f = PARAMS.lockedInThresholdFactor;
    expect(
      nextMode({
        ...odmReady,
        mode: 'OEM',
        lockedIn: true,
        design: PARAMS.odmDesign * f,
        knowledge: PARAMS.odmKnowledge * f,
      }),
    ).toBe('ODM');
  });
});
