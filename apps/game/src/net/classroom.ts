import type { Decision } from '@smile-curve/domain';
import { api } from './client.js';
import { describeNetError, type NetProblem } from './errors.js';

/**
 * The classroom procedures, behind functions that never throw (like
 * net/leaderboard.ts): a failure comes back as a readable problem.
 */

export type Visibility = 'all' | 'top10' | 'self';

/** A classroom problem: the net problem, plus the server's nickname suggestion on a taken name. */
export interface ClassProblem extends NetProblem {
  readonly code: string | null;
  readonly suggestion: string | null;
}

function classProblem(err: unknown): ClassProblem {
  const base = describeNetError(err);
  const data =
    typeof err === 'object' && err !== null && 'data' in err && typeof err.data === 'object'
      ? (err.data as { code?: unknown; suggestion?: unknown } | null)
      : null;
  return {
    ...base,
    code: typeof data?.code === 'string' ? data.code : null,
    suggestion: typeof data?.suggestion === 'string' ? data.suggestion : null,
  };
}

type ClassResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ClassProblem };

async function call<T>(fn: (client: Awaited<ReturnType<typeof api>>) => Promise<T>) {
  try {
    return { ok: true, value: await fn(await api()) } as const;
  } catch (err) {
    return { ok: false, problem: classProblem(err) } as const;
  }
}

export interface NewClass {
  readonly title: string;
  readonly scenarioId: string;
  readonly seed?: number;
  readonly visibility: Visibility;
  readonly closesAt?: string;
}

export function createClass(input: NewClass) {
  return call((c) => c.classrooms.create.mutate(input));
}

export function joinClass(input: { code: string; nickname: string; playerToken?: string }) {
  return call((c) => c.classrooms.join.mutate(input));
}

export function getClass(code: string) {
  return call((c) => c.classrooms.get.query({ code }));
}

export interface Teacher {
  readonly code: string;
  readonly teacherKey: string;
}

export function dashboard(teacher: Teacher) {
  return call((c) => c.classrooms.dashboard.query(teacher));
}
export type Dashboard = Extract<Awaited<ReturnType<typeof dashboard>>, { ok: true }>['value'];

export function setClassClosed(teacher: Teacher, closed: boolean) {
  return call((c) =>
    closed ? c.classrooms.close.mutate(teacher) : c.classrooms.reopen.mutate(teacher),
  );
}

export function removeFromClass(teacher: Teacher, playerId: string) {
  return call((c) => c.classrooms.removePlayer.mutate({ ...teacher, playerId }));
}

/** Deletes the class for good; `confirm` repeats its code, as the server requires. */
export function deleteClass(teacher: Teacher, confirm: string) {
  return call((c) => c.classrooms.delete.mutate({ ...teacher, confirm }));
}

export function exportClass(teacher: Teacher, kind: 'scores' | 'panel') {
  return call((c) =>
    kind === 'scores'
      ? c.classrooms.exportCsv.query(teacher)
      : c.classrooms.exportPanelCsv.query(teacher),
  );
}

/** "I am on year N", for the teacher's dashboard; best effort, failures are ignored. */
export function sendProgress(code: string, playerToken: string, year: number): void {
  void call((c) => c.classrooms.progress.mutate({ code, playerToken, year }));
}

/** The class board as this viewer may see it (the server applies the teacher's visibility). */
export function classBoard(board: string, viewer: { playerToken?: string; teacherKey?: string }) {
  return call((c) => c.leaderboards.top.query({ board, limit: 100, ...viewer }));
}

/** The decisions of stored runs (public: `runs.get`), for the class debrief. */
export async function runDecisions(runIds: readonly string[]): Promise<Map<string, Decision[]>> {
  const found = await Promise.all(runIds.map((runId) => call((c) => c.runs.get.query({ runId }))));
  const map = new Map<string, Decision[]>();
  found.forEach((result, i) => {
    const id = runIds[i];
    if (result.ok && id !== undefined) map.set(id, result.value.decisions);
  });
  return map;
}

/**
 * Listens to a board over SSE; `onChange` runs on every new run or reset.
 * Returns the function that stops listening.
 */
export function watchBoard(
  board: string,
  viewer: { playerToken?: string; teacherKey?: string },
  onChange: () => void,
): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  void api().then((c) => {
    if (stopped) return;
    const sub = c.leaderboards.live.subscribe(
      { board, ...viewer },
      { onData: onChange, onError: () => undefined },
    );
    stop = () => {
      sub.unsubscribe();
    };
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

export type { ClassResult };
