import type { Decision } from '@smile-curve/domain';
import type { KeyValueStore } from '../app/storage.js';

/** A finished run waiting for (or done with) the leaderboard. */
export interface QueuedRun {
  readonly runId: string;
  readonly scenarioId: string;
  readonly seed: number;
  readonly decisions: readonly Decision[];
  readonly nickname: string;
  readonly board: 'global' | 'daily' | 'classroom';
  /** The daily challenge's UTC date (daily board only). */
  readonly date?: string;
  /** The class and the player's token (classroom board only). */
  readonly classroom?: { readonly code: string; readonly playerToken: string };
  readonly status: 'queued' | 'sent' | 'refused';
  /** The rank is null when the board does not show it. */
  readonly result?: {
    readonly score: number;
    readonly rank: number | null;
    readonly boardSize: number;
  };
  /** Why the server refused it, in words. */
  readonly problem?: string;
}

export const QUEUE_KEY = 'smile-curve:queue:v1';

/** A stored result the panel can show: a score, a board size and a rank (or null). */
function isResult(x: unknown): boolean {
  if (x === undefined) return true;
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.score === 'number' &&
    typeof r.boardSize === 'number' &&
    (r.rank === null || typeof r.rank === 'number')
  );
}

function isRun(x: unknown): x is QueuedRun {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    isResult(r.result) &&
    (r.problem === undefined || typeof r.problem === 'string') &&
    typeof r.runId === 'string' &&
    typeof r.scenarioId === 'string' &&
    typeof r.seed === 'number' &&
    Array.isArray(r.decisions) &&
    typeof r.nickname === 'string' &&
    (r.board === 'global' || r.board === 'daily' || r.board === 'classroom') &&
    (r.status === 'queued' || r.status === 'sent' || r.status === 'refused')
  );
}

/** The queue; unreadable data reads as empty (a lost queue must not break the game). */
export function readQueue(store: KeyValueStore): QueuedRun[] {
  try {
    const raw: unknown = JSON.parse(store.getItem(QUEUE_KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter(isRun) : [];
  } catch {
    return [];
  }
}

function writeQueue(store: KeyValueStore, runs: readonly QueuedRun[]): void {
  store.setItem(QUEUE_KEY, JSON.stringify(runs));
}

/** Adds a run (or replaces a queued or refused one with the same id; a sent run stays). */
export function enqueue(store: KeyValueStore, run: Omit<QueuedRun, 'status'>): QueuedRun {
  const runs = readQueue(store);
  const existing = runs.find((r) => r.runId === run.runId);
  if (existing?.status === 'sent') return existing;
  const queued: QueuedRun = { ...run, status: 'queued' };
  writeQueue(store, [...runs.filter((r) => r.runId !== run.runId), queued]);
  return queued;
}

export function findRun(store: KeyValueStore, runId: string): QueuedRun | undefined {
  return readQueue(store).find((r) => r.runId === runId);
}

function replace(store: KeyValueStore, run: QueuedRun): void {
  writeQueue(
    store,
    readQueue(store).map((r) => (r.runId === run.runId ? run : r)),
  );
}

function update(store: KeyValueStore, runId: string, patch: Partial<QueuedRun>): void {
  writeQueue(
    store,
    readQueue(store).map((r) => (r.runId === runId ? { ...r, ...patch } : r)),
  );
}

export type SubmitOutcome =
  | {
      readonly ok: true;
      readonly score: number;
      readonly rank: number | null;
      readonly boardSize: number;
    }
  | { readonly ok: false; readonly retry: boolean; readonly problem: string };

/**
 * Sends every queued run, oldest first. A run the server refuses is marked
 * refused (with why); when the server cannot be reached the rest wait for the
 * next flush. Returns how many are still waiting.
 */
export async function flushQueue(
  store: KeyValueStore,
  submit: (run: QueuedRun) => Promise<SubmitOutcome>,
): Promise<number> {
  for (const run of readQueue(store).filter((r) => r.status === 'queued')) {
    const outcome = await submit(run);
    if (outcome.ok) {
      const { score, rank, boardSize } = outcome;
      const sent: QueuedRun = {
        runId: run.runId,
        scenarioId: run.scenarioId,
        seed: run.seed,
        decisions: run.decisions,
        nickname: run.nickname,
        board: run.board,
        ...(run.date === undefined ? {} : { date: run.date }),
        ...(run.classroom === undefined ? {} : { classroom: run.classroom }),
        status: 'sent',
        result: { score, rank, boardSize },
      };
      replace(store, sent);
    } else if (outcome.retry) {
      update(store, run.runId, { problem: outcome.problem });
      break;
    } else {
      update(store, run.runId, { status: 'refused', problem: outcome.problem });
    }
  }
  return readQueue(store).filter((r) => r.status === 'queued').length;
}
