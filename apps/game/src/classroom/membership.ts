import type { KeyValueStore } from '../app/storage.js';

/**
 * A student's place in a class, kept in localStorage so a reload, a closed
 * tab or the same link opened again comes back as the same player with the
 * same game (the run id ties the class to the saved game).
 */
export interface Membership {
  readonly code: string;
  readonly playerToken: string;
  readonly playerId: string;
  readonly nickname: string;
  readonly title: string;
  readonly scenarioId: string;
  readonly seed: number;
  readonly visibility: 'all' | 'top10' | 'self';
  readonly board: string;
  /** The class game's run id: the saved game with this id is the class game. */
  readonly runId: string;
}

export const MEMBERSHIP_KEY = 'smile-curve:class:v1';

const VISIBILITIES = new Set(['all', 'top10', 'self']);

function isMembership(x: unknown): x is Membership {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    typeof m.code === 'string' &&
    typeof m.playerToken === 'string' &&
    typeof m.playerId === 'string' &&
    typeof m.nickname === 'string' &&
    typeof m.title === 'string' &&
    typeof m.scenarioId === 'string' &&
    typeof m.seed === 'number' &&
    typeof m.visibility === 'string' &&
    VISIBILITIES.has(m.visibility) &&
    typeof m.board === 'string' &&
    typeof m.runId === 'string'
  );
}

/** The class this browser joined last, or null (unreadable data reads as none). */
export function readMembership(store: KeyValueStore): Membership | null {
  try {
    const raw: unknown = JSON.parse(store.getItem(MEMBERSHIP_KEY) ?? 'null');
    return isMembership(raw) ? raw : null;
  } catch {
    return null;
  }
}

export function writeMembership(store: KeyValueStore, membership: Membership): void {
  store.setItem(MEMBERSHIP_KEY, JSON.stringify(membership));
}

export function clearMembership(store: KeyValueStore): void {
  store.removeItem(MEMBERSHIP_KEY);
}

/** The membership whose class game is `runId`, if the current game is a class game. */
export function membershipOfRun(store: KeyValueStore, runId: string): Membership | null {
  const m = readMembership(store);
  return m?.runId === runId ? m : null;
}
