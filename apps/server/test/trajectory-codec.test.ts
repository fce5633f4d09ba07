import fc from 'fast-check';
import { playGame, replay, strategies, type Indicators } from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import {
  decodeTrajectory,
  encodeTrajectory,
  TRAJECTORY_FORMAT,
} from '../src/services/trajectory-codec.js';

const history = (seed: number): Indicators[] => {
  const game = playGame({ scenarioId: 'dongguan-electronics', seed }, strategies.balancedGic);
  const result = replay({ scenarioId: 'dongguan-electronics', seed, decisions: game.decisions });
  if (!result.ok) throw new Error(result.error.message);
  return [...result.history];
};

describe('the stored trajectory', () => {
  it('gives back a real game’s trajectory exactly, keys in order, through JSON', () => {
    const years = history(7);
    const stored = JSON.parse(JSON.stringify(encodeTrajectory(years))) as unknown;
    const decoded = decodeTrajectory(stored);
    expect(decoded).toEqual(years);
    expect(decoded.map((y) => Object.keys(y))).toEqual(years.map((y) => Object.keys(y)));
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(years));
  });

  it('is less than half the size of the plain JSON', () => {
    const years = history(11);
    const compact = JSON.stringify(encodeTrajectory(years)).length;
    expect(compact).toBeLessThan(JSON.stringify(years).length / 2);
  });

  it('keeps every bit of any double, and mixed columns, through a JSON round trip', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            year: fc.integer({ min: 1990, max: 2100 }),
            x: fc.double({ noNaN: true, noDefaultInfinity: true }),
            mode: fc.constantFrom('OEM', 'ODM', 'OBM'),
            flag: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        (years) => {
          const stored = JSON.parse(JSON.stringify(encodeTrajectory(years as never))) as unknown;
          const decoded = decodeTrajectory(stored) as unknown as typeof years;
          // Object.is per value: even -0 comes back as -0.
          expect(decoded.map((y) => y.x)).toEqual(years.map((y) => y.x));
          expect(JSON.stringify(decoded)).toBe(JSON.stringify(years));
        },
      ),
    );
  });

  it('still reads rows written before it (a plain array) and refuses anything else', () => {
    const years = history(3);
    expect(decodeTrajectory(JSON.parse(JSON.stringify(years)))).toEqual(years);
    expect(() => decodeTrajectory({ format: 'other' })).toThrow(TypeError);
    expect(() => decodeTrajectory(null)).toThrow(TypeError);
    const stored = encodeTrajectory(years);
    expect(() => decodeTrajectory({ ...stored, years: stored.years + 1 })).toThrow(/do not fit/);
    expect(stored.format).toBe(TRAJECTORY_FORMAT);
  });
});
