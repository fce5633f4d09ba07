import { describe, expect, it } from 'vitest';
import { parseLaunchParams, withoutGameParams } from './launch-params.js';

describe('launch params', () => {
  it('reads seed, scenario and test mode', () => {
    expect(parseLaunchParams('?seed=42&scenario=foshan-appliances&test=1')).toEqual({
      seed: 42,
      scenarioId: 'foshan-appliances',
      test: true,
    });
    expect(parseLaunchParams('')).toEqual({ seed: null, scenarioId: null, test: false });
  });

  it('ignores malformed values', () => {
    expect(parseLaunchParams('?seed=-1&scenario=Bad%20Id').seed).toBeNull();
    expect(parseLaunchParams('?seed=4294967296').seed).toBeNull();
    expect(parseLaunchParams('?seed=1.5').seed).toBeNull();
    expect(parseLaunchParams('?scenario=Bad%20Id').scenarioId).toBeNull();
    expect(parseLaunchParams('?test=true').test).toBe(false);
  });

  it('drops the one-shot parameters and keeps test mode', () => {
    expect(withoutGameParams('http://x/?seed=1&scenario=a&test=1')).toBe('http://x/?test=1');
  });
});
