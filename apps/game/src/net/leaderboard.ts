import type { KeyValueStore } from '../app/storage.js';
import { lang } from '../i18n/i18n.js';
import { api } from './client.js';
import { describeNetError, problemTextIn, type NetProblem } from './errors.js';
import { flushQueue, readQueue, type QueuedRun, type SubmitOutcome } from './submit-queue.js';

/**
 * Everything the game asks the server, behind plain functions that never
 * throw: the game plays fully without a server, and a failure comes back as
 * a readable problem.
 */
export type NetResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: NetProblem };

async function call<T>(fn: () => Promise<T>): Promise<NetResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    return { ok: false, problem: describeNetError(err) };
  }
}

/** A problem in words, in the player's language. */
export function problemText(problem: NetProblem): string {
  return problemTextIn(lang(), problem);
}

/** Submits one run to its board. */
export async function submitRun(run: QueuedRun): Promise<SubmitOutcome> {
  const base = {
    runId: run.runId,
    scenarioId: run.scenarioId,
    seed: run.seed,
    decisions: [...run.decisions],
    nickname: run.nickname,
  };
  const result = await call(async () => {
    const client = await api();
    if (run.board === 'classroom' && run.classroom) {
      return client.runs.submit.mutate({
        runId: base.runId,
        scenarioId: base.scenarioId,
        seed: base.seed,
        decisions: base.decisions,
        board: 'classroom',
        classroomCode: run.classroom.code,
        playerToken: run.classroom.playerToken,
      });
    }
    return run.board === 'daily' && run.date !== undefined
      ? client.runs.submit.mutate({ ...base, board: 'daily', date: run.date })
      : client.runs.submit.mutate({ ...base, board: 'global' });
  });
  if (result.ok)
    return {
      ok: true,
      score: result.value.score,
      rank: result.value.rank,
      boardSize: result.value.boardSize,
    };
  return {
    ok: false,
    retry: result.problem.kind === 'unreachable',
    problem: problemText(result.problem),
  };
}

export interface BoardEntry {
  readonly rank: number;
  readonly nickname: string | null;
  readonly score: number;
  readonly runId: string;
}

export async function topOfBoard(
  board: string,
  limit = 20,
): Promise<NetResult<{ entries: BoardEntry[]; boardSize: number }>> {
  return call(async () => {
    const client = await api();
    const top = await client.leaderboards.top.query({ board, limit });
    return {
      boardSize: top.boardSize,
      entries: top.entries.map((e) => ({
        rank: e.rank,
        nickname: e.nickname,
        score: e.score,
        runId: e.runId,
      })),
    };
  });
}

/** A stored run, to replay in the browser ("verify my run"). */
export async function fetchRun(
  runId: string,
): Promise<NetResult<{ scenarioId: string; seed: number; decisions: unknown[]; score: number }>> {
  return call(async () => {
    const client = await api();
    const run = await client.runs.get.query({ runId });
    return {
      scenarioId: run.scenarioId,
      seed: run.seed,
      decisions: run.decisions,
      score: run.score,
    };
  });
}

/** Queue changes (a run sent, refused, still waiting) for whoever shows its status. */
export const queueEvents = new EventTarget();

let flushing: Promise<number> | null = null;
let timer: ReturnType<typeof setInterval> | null = null;

/** Sends the queued runs now (one flush at a time); retries every 30 s and when the browser goes online. */
export function flushRuns(store: KeyValueStore): Promise<number> {
  flushing ??= flushQueue(store, submitRun).finally(() => {
    flushing = null;
    queueEvents.dispatchEvent(new Event('change'));
  });
  void flushing.then((waiting) => {
    if (waiting > 0 && timer === null) {
      timer = setInterval(() => void flushRuns(store), 30_000);
      window.addEventListener('online', () => void flushRuns(store));
    } else if (waiting === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  });
  return flushing;
}

/** At start-up: if runs wait from an earlier visit, try them in the background. */
export function resumeQueue(store: KeyValueStore): void {
  if (readQueue(store).some((r) => r.status === 'queued')) void flushRuns(store);
}
