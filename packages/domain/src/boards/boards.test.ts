import { describe, expect, it } from 'vitest';
import { MAX_SEED } from '../prng/prng.js';
import { classroomBoard, dailyBoard, dailySeed, globalBoard } from './boards.js';

describe('boards and the daily challenge', () => {
  it('names boards by kind', () => {
    expect(globalBoard('dongguan-electronics')).toBe('global:dongguan-electronics');
    expect(dailyBoard('2026-11-28', 'dongguan-electronics')).toBe(
      'daily:2026-11-28:dongguan-electronics',
    );
    expect(classroomBoard('ABC234')).toBe('class:ABC234');
  });

  it('gives everyone the same seed on the same day, and another the next day', () => {
    const a = dailySeed('2026-11-28', 'dongguan-electronics');
    expect(dailySeed('2026-11-28', 'dongguan-electronics')).toBe(a);
    expect(dailySeed('2026-11-29', 'dongguan-electronics')).not.toBe(a);
    expect(dailySeed('2026-11-28', 'foshan-appliances')).not.toBe(a);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThanOrEqual(MAX_SEED);
    expect(Number.isInteger(a)).toBe(true);
  });

  it('refuses a malformed date', () => {
    expect(() => dailySeed('28/11/2026', 'x')).toThrow(RangeError);
  });
});
