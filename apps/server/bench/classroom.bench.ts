// `pnpm bench` suites for a classroom under load: one built server (dist/index.js,
// as `pnpm start` runs it, on SQLite), simulated students each with its own tRPC
// client, all in this process.
// - `classroom` (a lesson): 300 students join one class and submit a full game
//   within 60 s while 300 SSE subscribers watch the class board live. Bars:
//   errors 0, each new run reaches every subscriber with p99 < 1 s.
// - `classroom-burst`: 1,000 students join and submit a full game within 10 s.
//   Bars: errors 0, p99 of join and of submit < 50 ms, every acknowledged run
//   on the board exactly once.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { classroomBoard, playGame, strategies, type Decision } from '@smile-curve/domain';
import { createTRPCClient, httpLink } from '@trpc/client';
import { writeBenchResults, type Metric } from '../../../tooling/bench/src/index.js';
import type { AppRouter } from '../src/routers/_app.js';
import { serverDir, startChildServer } from './child-server.js';
import { cleanUpAll, installExitHandlers, messageOf, onCleanup } from './cleanup.js';
import { SCENARIO_ID } from './games.js';

interface Profile {
  suite: string;
  students: number;
  subscribers: number;
  /** Students arrive evenly over this window… */
  arrivalSpreadMs: number;
  /** …and "play" this long (plus up to thinkSpreadMs) before they submit. */
  thinkMinMs: number;
  thinkSpreadMs: number;
  windowMs: number;
  /** Bar on p99 of each request, when the profile has one. */
  requestP99BarMs?: number;
}

const PROFILES: Record<string, Profile> = {
  lesson: {
    suite: 'classroom',
    students: 300,
    subscribers: 300,
    arrivalSpreadMs: 30_000,
    thinkMinMs: 5_000,
    thinkSpreadMs: 15_000,
    windowMs: 60_000,
  },
  burst: {
    suite: 'classroom-burst',
    students: 1_000,
    subscribers: 0,
    arrivalSpreadMs: 8_000,
    thinkMinMs: 0,
    thinkSpreadMs: 1_000,
    windowMs: 10_000,
    requestP99BarMs: 50,
  },
};

const SEED = 20_240;
/** After the last submit, how long a subscriber may still take before a run counts as lost. */
const DELIVERY_GRACE_MS = 10_000;
const FANOUT_P99_BAR_MS = 1_000;

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One live subscriber: an SSE stream of leaderboards.live; notes when each run id arrives. */
async function subscribe(
  url: string,
  board: string,
  teacherKey: string,
  seen: Map<string, number>,
  signal: AbortSignal,
  onError: (message: string) => void,
): Promise<void> {
  const input = encodeURIComponent(JSON.stringify({ board, teacherKey }));
  const res = await fetch(`${url}/trpc/leaderboards.live?input=${input}`, {
    headers: { accept: 'text/event-stream' },
    signal,
  });
  if (!res.ok || !res.body) throw new Error(`subscribe: HTTP ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const now = performance.now();
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          for (const match of event.matchAll(/"runId":"([0-9a-f-]{36})"/g)) {
            const id = match[1];
            if (id !== undefined && !seen.has(id)) seen.set(id, now);
          }
          end = buffer.indexOf('\n\n');
        }
      }
    } catch (error) {
      if (!signal.aborted) onError(`subscriber: ${messageOf(error)}`);
    }
  })();
}

async function main(profile: Profile): Promise<void> {
  const { students: STUDENTS, subscribers: SUBSCRIBERS } = profile;
  const startedAt = new Date();
  if (!existsSync(join(serverDir, 'dist/index.js'))) {
    throw new Error(
      'apps/server/dist/index.js is missing: run `pnpm --filter @smile-curve/server build`',
    );
  }
  console.log(`classroom bench: playing ${STUDENTS} games on seed ${SEED} …`);
  const games: Decision[][] = Array.from(
    { length: STUDENTS },
    (_, i) => playGame({ scenarioId: SCENARIO_ID, seed: SEED }, strategies.random(i + 1)).decisions,
  );

  const dir = mkdtempSync(join(tmpdir(), 'smile-curve-bench-classroom-'));
  const removeDir = () => {
    rmSync(dir, { recursive: true, force: true });
  };
  onCleanup(`remove ${dir}`, removeDir, removeDir);
  const gameDist = join(dir, 'game'); // no game: the API only
  mkdirSync(gameDist);
  const exit: { reason: string | null } = { reason: null };
  const server = await startChildServer(`file:${join(dir, 'bench.db')}`, gameDist, (reason) => {
    exit.reason = reason;
  });
  onCleanup(
    'stop the server',
    async () => {
      await server.stop();
    },
    () => {
      server.kill();
    },
  );

  const client = () =>
    createTRPCClient<AppRouter>({ links: [httpLink({ url: `${server.url}/trpc` })] });
  const teacher = client();
  const created = await teacher.classrooms.create.mutate({
    title: 'Bench class',
    scenarioId: SCENARIO_ID,
    seed: SEED,
    visibility: 'all',
  });
  const board = classroomBoard(created.code);
  const errors: string[] = [];
  const onError = (message: string) => {
    errors.push(message);
  };

  console.log(`classroom bench: ${SUBSCRIBERS} SSE subscribers on ${board} …`);
  const abort = new AbortController();
  onCleanup('close the subscribers', () => {
    abort.abort();
  });
  const seen = Array.from({ length: SUBSCRIBERS }, () => new Map<string, number>());
  const subscribed = await Promise.allSettled(
    seen.map((map) => subscribe(server.url, board, created.teacherKey, map, abort.signal, onError)),
  );
  for (const s of subscribed) if (s.status === 'rejected') onError(messageOf(s.reason));
  await sleep(1000);

  console.log(
    `classroom bench: ${STUDENTS} students join and submit within ${profile.windowMs / 1000} s …`,
  );
  const joinMs: number[] = [];
  const submitMs: number[] = [];
  const submittedAt = new Map<string, number>();
  const t0 = performance.now();
  await Promise.all(
    games.map(async (decisions, i) => {
      await sleep((profile.arrivalSpreadMs * i) / STUDENTS);
      const student = client();
      try {
        const joinStart = performance.now();
        const joined = await student.classrooms.join.mutate({
          code: created.code,
          nickname: `Student ${i + 1}`,
        });
        joinMs.push(performance.now() - joinStart);
        await sleep(profile.thinkMinMs + ((i * 7919) % profile.thinkSpreadMs));
        const runId = randomUUID();
        const submitStart = performance.now();
        submittedAt.set(runId, submitStart);
        await student.runs.submit.mutate({
          board: 'classroom',
          classroomCode: created.code,
          playerToken: joined.playerToken,
          runId,
          scenarioId: SCENARIO_ID,
          seed: SEED,
          decisions,
        });
        submitMs.push(performance.now() - submitStart);
      } catch (error) {
        onError(`student ${i + 1}: ${messageOf(error)}`);
      }
    }),
  );
  const elapsedS = (performance.now() - t0) / 1000;

  // Every run must reach every subscriber: wait for stragglers, then count.
  const graceEnd = performance.now() + DELIVERY_GRACE_MS;
  const delivered = () => seen.every((map) => [...submittedAt.keys()].every((id) => map.has(id)));
  while (!delivered() && performance.now() < graceEnd) await sleep(100);
  const fanoutMs: number[] = [];
  let lost = 0;
  for (const [runId, start] of submittedAt) {
    const arrivals = seen.map((map) => map.get(runId));
    const missing = arrivals.filter((at) => at === undefined).length;
    lost += missing;
    if (missing === 0) fanoutMs.push(Math.max(...arrivals.map((at) => at ?? 0)) - start);
  }
  if (lost > 0) onError(`${lost} run deliveries never reached their subscriber`);
  // Every acknowledged run is on the board, once.
  const top = await teacher.leaderboards.top.query({
    board,
    limit: 10,
    teacherKey: created.teacherKey,
  });
  if (top.boardSize !== submitMs.length) {
    onError(`the board holds ${top.boardSize} runs for ${submitMs.length} acknowledged submits`);
  }
  abort.abort();
  if (exit.reason !== null) onError(exit.reason);
  const rounded = (x: number) => Math.round(x * 10) / 10;
  const p99 = (values: number[]): Metric => ({
    value: rounded(percentile(values, 99)),
    unit: 'ms',
    better: 'lower',
    ...(profile.requestP99BarMs === undefined ? {} : { bar: profile.requestP99BarMs }),
  });
  const metrics: Record<string, Metric> = {
    errors: { value: errors.length, unit: 'count', better: 'lower', bar: 0 },
    students_submitted: { value: submitMs.length, unit: 'count', better: 'higher', bar: STUDENTS },
    elapsed: { value: rounded(elapsedS), unit: 's', better: 'lower', bar: profile.windowMs / 1000 },
    join_p50: { value: rounded(percentile(joinMs, 50)), unit: 'ms', better: 'lower' },
    join_p99: p99(joinMs),
    submit_p50: { value: rounded(percentile(submitMs, 50)), unit: 'ms', better: 'lower' },
    submit_p99: p99(submitMs),
    ...(SUBSCRIBERS === 0
      ? {}
      : {
          fanout_p50: { value: rounded(percentile(fanoutMs, 50)), unit: 'ms', better: 'lower' },
          fanout_p99: {
            value: rounded(percentile(fanoutMs, 99)),
            unit: 'ms',
            better: 'lower',
            bar: FANOUT_P99_BAR_MS,
          },
          fanout_max: { value: rounded(Math.max(...fanoutMs)), unit: 'ms', better: 'lower' },
        }),
    server_peak_rss: { value: rounded(server.peakRssMb()), unit: 'MB', better: 'lower' },
  };
  for (const message of errors.slice(0, 10)) console.error(`  error: ${message}`);
  writeBenchResults(profile.suite, metrics, {
    startedAt: startedAt.toISOString(),
    database: 'sqlite',
    students: STUDENTS,
    subscribers: SUBSCRIBERS,
    cpus: cpus().length,
    node: process.version,
    fanoutMeasuredFrom: 'the start of the submit request to the last subscriber receiving the run',
  });
  if (errors.length > 0) process.exitCode = 1;
}

installExitHandlers();
try {
  // `tsx bench/classroom.bench.ts [lesson|burst ...]`: both by default.
  const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const name of names.length > 0 ? names : Object.keys(PROFILES)) {
    const profile = PROFILES[name];
    if (!profile)
      throw new Error(`unknown profile "${name}" (${Object.keys(PROFILES).join(', ')})`);
    await main(profile);
    if (!(await cleanUpAll())) process.exitCode = 1;
  }
} catch (error) {
  console.error(`\nclassroom bench FAILED: ${messageOf(error)}`);
  process.exitCode = 1;
} finally {
  if (!(await cleanUpAll())) process.exitCode = 1;
}
