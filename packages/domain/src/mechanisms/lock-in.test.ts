import { describe, expect, it } from 'vitest';
import { PARAMS } from '../model/parameters.js';
import { lockInRisk, nextLockedIn, nextPureOemYears } from './lock-in.js';

const base = {
  pureOemYears: 0,
  knowledge: 10,
  dependence: 0.3,
  buyerConcentration: 0.7,
  mode: 'OEM' as const,
};

describe('low-end lock-in', () => {
  it('rises with years of pure OEM, dependence and buyer concentration; falls with knowledge', () => {
    const r = lockInRisk(base);
    expect(lockInRisk({ ...base, pureOemYears: 5 })).toBeGreaterThan(r);
    expect(lockInRisk({ ...base, dependence: 0.9 })).toBeGreaterThan(r);
    expect(lockInRisk({ ...base, buyerConcentration: 0.95 })).toBeGreaterThan(r);
    expect(lockInRisk({ ...base, knowledge: 200 })).toBeLessThan(r);
  });

  it('falls once the firm has upgraded its function', () => {
    expect(lockInRisk({ ...base, mode: 'ODM' })).toBeLessThan(lockInRisk(base));
    expect(lockInRisk({ ...base, mode: 'OBM' })).toBeLessThan(lockInRisk({ ...base, mode: 'ODM' }));
  });

  it('stays in (0, 1)', () => {
    expect(
      lockInRisk({
        ...base,
        pureOemYears: 100,
        knowledge: 0,
        dependence: 1,
        buyerConcentration: 1,
      }),
    ).toBeLessThanOrEqual(1);
    expect(
      lockInRisk({
        pureOemYears: 0,
        knowledge: 1e6,
        dependence: 0,
        buyerConcentration: 0,
        mode: 'OBM',
      }),
    ).toBeGreaterThan(0);
  });

  it('locks in above the threshold and frees only well below it (hysteresis)', () => {
    expect(nextLockedIn(false, PARAMS.lockIn)).toBe(true);
    expect(nextLockedIn(false, PARAMS.lockIn - 0.01)).toBe(false);
    expect(nextLockedIn(true, PARAMS.lockIn - 0.01)).toBe(true);
    expect(nextLockedIn(true, PARAMS.unlock - 0.01)).toBe(false);
  });

  it('counts pure-OEM years and takes one off for each year of real effort', () => {
    expect(nextPureOemYears(3, 'OEM', 0)).toBe(4);
    expect(nextPureOemYears(3, 'OEM', 0.05)).toBe(2);
    expect(nextPureOemYears(0, 'OEM', 0.05)).toBe(0);
    expect(nextPureOemYears(3, 'ODM', 0)).toBe(2);
  });
});
