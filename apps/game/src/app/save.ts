import type { Decision } from '@smile-curve/domain';
import type { KeyValueStore } from './storage.js';

/**
 * The save format: what a game is made of, never its state. The state is
 * rebuilt by replaying the decisions, so a save cannot disagree with the model.
 * Bump SAVE_VERSION (and the key) when the shape changes; older keys are
 * recognised as outdated and cleared with a notice.
 */
export const SAVE_VERSION = 1;
const SAVE_PREFIX = 'smile-curve:save:';
export const SAVE_KEY = `${SAVE_PREFIX}v${SAVE_VERSION}`;

export interface SavedGame {
  readonly v: typeof SAVE_VERSION;
  /** The run's id for the leaderboard (stable across reloads, so a resubmission is idempotent). */
  readonly runId: string;
  readonly scenarioId: string;
  readonly seed: number;
  /** The UTC date of a daily challenge, or null. */
  readonly daily: string | null;
  readonly decisions: readonly Decision[];
}

/** A save as read back: decisions are unchecked until the domain replays them. */
export interface LoadedSave extends Omit<SavedGame, 'decisions'> {
  readonly decisions: readonly unknown[];
}

export type SaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly save: LoadedSave }
  | { readonly kind: 'corrupt'; readonly reason: string }
  | { readonly kind: 'outdated'; readonly key: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the envelope of a save (the decisions are checked by replaying them). */
export function parseSave(text: string): SaveRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'corrupt', reason: 'not JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'corrupt', reason: 'not an object' };
  }
  const r = raw as Record<string, unknown>;
  if (r.v !== SAVE_VERSION) return { kind: 'outdated', key: SAVE_KEY };
  if (typeof r.runId !== 'string' || r.runId.length < 8 || r.runId.length > 64) {
    return { kind: 'corrupt', reason: 'runId' };
  }
  if (typeof r.scenarioId !== 'string' || r.scenarioId.length === 0) {
    return { kind: 'corrupt', reason: 'scenarioId' };
  }
  if (typeof r.seed !== 'number' || !Number.isInteger(r.seed) || r.seed < 0) {
    return { kind: 'corrupt', reason: 'seed' };
  }
  if (r.daily !== null && (typeof r.daily !== 'string' || !DATE.test(r.daily))) {
    return { kind: 'corrupt', reason: 'daily' };
  }
  if (!Array.isArray(r.decisions)) return { kind: 'corrupt', reason: 'decisions' };
  return {
    kind: 'ok',
    save: {
      v: SAVE_VERSION,
      runId: r.runId,
      scenarioId: r.scenarioId,
      seed: r.seed,
      daily: r.daily,
      decisions: r.decisions as unknown[],
    },
  };
}

/** Reads the current save; a save under an older key counts as outdated. */
export function readSave(store: KeyValueStore): SaveRead {
  const text = store.getItem(SAVE_KEY);
  if (text !== null) return parseSave(text);
  const old = store.keys().find((k) => k.startsWith(SAVE_PREFIX));
  return old === undefined ? { kind: 'none' } : { kind: 'outdated', key: old };
}

export function writeSave(store: KeyValueStore, save: SavedGame): void {
  store.setItem(SAVE_KEY, JSON.stringify(save));
}

/** Removes the save and any older ones. */
export function clearSave(store: KeyValueStore): void {
  for (const key of store.keys()) {
    if (key.startsWith(SAVE_PREFIX)) store.removeItem(key);
  }
}
