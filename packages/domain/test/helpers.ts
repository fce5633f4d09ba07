import { expect } from 'vitest';
import { newGame, type GameState } from '../src/index.js';

/** Starts a game or fails the test. */
export function start(scenarioId = 'dongguan-electronics', seed = 1): GameState {
  const result = newGame({ scenarioId, seed });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.state;
}

/** Recursively freezes a value, so a test fails if the engine mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Every number inside a value, with its path. */
export function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
}

export function expectAllFinite(value: unknown): void {
  const bad = numbersIn(value).filter(([, n]) => !Number.isFinite(n));
  expect(bad).toEqual([]);
}
