import { MAX_SEED } from '../prng/prng.js';

/**
 * Leaderboard names and the daily challenge, shared by the game and the
 * server so both derive the same board and the same seed.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The global board of a scenario. */
export function globalBoard(scenarioId: string): string {
  return `global:${scenarioId}`;
}

/** The daily-challenge board of a scenario on a UTC date (YYYY-MM-DD). */
export function dailyBoard(utcDate: string, scenarioId: string): string {
  return `daily:${utcDate}:${scenarioId}`;
}

/** A classroom's board. */
export function classroomBoard(code: string): string {
  return `class:${code}`;
}

/**
 * The daily challenge's seed: FNV-1a over "date|scenario", so everyone playing
 * a scenario on the same UTC date gets the same events, with or without the
 * server. The date comes in as data: the domain has no clock.
 */
export function dailySeed(utcDate: string, scenarioId: string): number {
  if (!DATE.test(utcDate)) throw new RangeError(`expected a YYYY-MM-DD date, got "${utcDate}"`);
  let hash = 0x811c9dc5;
  const text = `${utcDate}|${scenarioId}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % (MAX_SEED + 1);
}
