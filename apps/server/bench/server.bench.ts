// `pnpm bench` suite for the server: autocannon against the built server
// (dist/index.js, as `pnpm start` runs it) on SQLite, then on PostgreSQL, with
// a board of 100,000 runs. Writes bench/results/server.json.
//
// Per database: req/s, p50/p99 and errors of a bare procedure (health.check),
// leaderboards.top and leaderboards.rankOf on the big board, runs.submit with
// full 20-year replays and classrooms.join; each one's throughput as a ratio to
// health.check measured in the same run (the machine is shared and noisy, so
// ratios travel better than absolute numbers); the server's peak RSS.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE_VERSION, globalBoard } from '@smile-curve/domain';
import type { AutocannonRequest } from 'autocannon';
import { writeBenchResults, type Metric } from '../../../tooling/bench/src/index.js';
import { startBenchServer } from './bench-server.js';
import { NODE_FLAGS } from '../src/node-flags.js';
import { serverDir } from './child-server.js';
import {
  cleanUpAll,
  installExitHandlers,
  messageOf,
  onCleanup,
  wasInterrupted,
} from './cleanup.js';
import { SCENARIO_ID, playGames, type BenchGame } from './games.js';
import { measure, type LoadResult, type LoadSettings } from './load.js';
import { ADMIN_URL, checkPostgres, describeUrl, throwawayDatabase } from './postgres.js';
import { seedBoard, type SeedResult } from './seed.js';
import { call, query } from './trpc-call.js';

const BOARD_SIZE = 100_000;
const BOARD = globalBoard(SCENARIO_ID);
const LOAD: LoadSettings = { connections: 10, durationS: 8, warmupS: 1 };
/**
 * Latency bars are judged at one connection: at 10 connections on 2 cores a
 * p99 is mostly time spent queueing behind the other nine requests (Little's
 * law: latency = connections / throughput), so it measures throughput twice.
 * One connection (a closed loop, never saturating) shows what a request costs.
 */
const LATENCY_LOAD: LoadSettings = { connections: 1, durationS: 5, warmupS: 1 };
const LATENCY_ENDPOINTS = ['leaderboards.top', 'leaderboards.rankOf'] as const;
type LatencyEndpoint = (typeof LATENCY_ENDPOINTS)[number];
/** Distinct real games the 100,000 seeded runs are drawn from. */
const SEED_GAMES = 2_500;
/** Distinct real games submitted (each request a new runId; the pool is reused past its end). */
const SUBMIT_GAMES = 500;
const SEED_DEADLINE_MS = 240_000;
/** The whole bench is stopped (and cleaned up) past this. */
const BUDGET_MS = 12 * 60_000;

type Dialect = 'sqlite' | 'postgres';
const ENDPOINTS = [
  'health.check',
  'leaderboards.top',
  'leaderboards.rankOf',
  'runs.submit',
  'classrooms.join',
] as const;
type Endpoint = (typeof ENDPOINTS)[number];

/** Bars from the issue (apps/server, "Benchmark"): throughput as a share of health.check's. */
const RATIO_BARS: Partial<Record<Endpoint, number>> = {
  'runs.submit': 0.5,
  'leaderboards.top': 0.8,
};
/** p99 < 5 ms (rankOf at 100,000 runs), judged at one connection; autocannon's latencies are whole milliseconds, so at most 4. */
const P99_BAR_MS = 4.999;
const PEAK_RSS_BAR_MB = 300;

interface DatabaseRun {
  dialect: Dialect;
  seed: SeedResult;
  loads: Record<Endpoint, LoadResult>;
  /** Per endpoint: the mean health.check req/s just before and just after it. */
  healthAround: Partial<Record<Endpoint, number>>;
  /** The same procedures at one connection. */
  latency: Record<LatencyEndpoint, LoadResult>;
  peakRssMb: number;
  serverWarnings: number;
  serverExit: string;
  classroomPlayers: number;
  submitted: number;
}

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`preflight: ${what}`);
}

/** One call of each kind before loading: the bench measures answers, not errors. */
async function preflight(url: string, seed: SeedResult, games: readonly BenchGame[], code: string) {
  const health = (await call(url, 'health.check')) as { status?: string; engineVersion?: string };
  check(health.status === 'ok' && health.engineVersion === ENGINE_VERSION, 'health.check');
  const top = (await call(url, 'leaderboards.top', { board: BOARD, limit: 20 })) as {
    boardSize: number;
    entries: { score: number; rank: number }[];
  };
  const best = Math.max(...games.map((game) => game.score));
  check(top.boardSize === BOARD_SIZE, `top.boardSize is ${top.boardSize}, not ${BOARD_SIZE}`);
  check(top.entries.length === 20 && top.entries[0]?.score === best, 'top: 20 entries, best first');
  const runId = seed.runIds[Math.floor(seed.runIds.length / 2)] ?? '';
  const rank = (await call(url, 'leaderboards.rankOf', { board: BOARD, runId })) as {
    rank: number;
    boardSize: number;
  };
  check(rank.rank >= 1 && rank.rank <= BOARD_SIZE && rank.boardSize === BOARD_SIZE, 'rankOf');
  const joined = (await call(url, 'classrooms.join', { code, nickname: 'Preflight' }, true)) as {
    playerToken?: string;
  };
  check(typeof joined.playerToken === 'string', 'classrooms.join');
}

/** The next full-game submission: a new runId every time, games from the pool in turn. */
function submissions(games: readonly BenchGame[]) {
  let sent = 0;
  return {
    sent: () => sent,
    next(): string {
      const game = games[sent % games.length];
      if (!game) throw new Error('no games to submit');
      sent++;
      return (
        `{"runId":"${randomUUID()}","scenarioId":"${SCENARIO_ID}","seed":${game.seed},` +
        `"board":"global","nickname":"Bench ${sent}","decisions":${game.decisionsJson}}`
      );
    },
  };
}

function requestOf(
  endpoint: Endpoint,
  seed: SeedResult,
  submit: ReturnType<typeof submissions>,
  code: string,
  joins: { n: number },
): AutocannonRequest {
  const json = { 'content-type': 'application/json' };
  switch (endpoint) {
    case 'health.check':
      return { method: 'GET', path: query('health.check') };
    case 'leaderboards.top':
      return { method: 'GET', path: query('leaderboards.top', { board: BOARD, limit: 20 }) };
    case 'leaderboards.rankOf':
      return {
        method: 'GET',
        setupRequest: (request) => {
          const runId = seed.runIds[Math.floor(Math.random() * seed.runIds.length)];
          return { ...request, path: query('leaderboards.rankOf', { board: BOARD, runId }) };
        },
      };
    case 'runs.submit':
      return {
        method: 'POST',
        path: '/trpc/runs.submit',
        headers: json,
        setupRequest: (request) => ({ ...request, body: submit.next() }),
      };
    case 'classrooms.join':
      return {
        method: 'POST',
        path: '/trpc/classrooms.join',
        headers: json,
        setupRequest: (request) => {
          joins.n++;
          const nickname = joins.n % 2 === 0 ? `Student ${joins.n}` : `学生 ${joins.n}`;
          return { ...request, body: JSON.stringify({ code, nickname }) };
        },
      };
  }
}

async function benchDatabase(
  dialect: Dialect,
  seedGames: readonly BenchGame[],
  submitGames: readonly BenchGame[],
): Promise<DatabaseRun> {
  const dir = mkdtempSync(join(tmpdir(), `smile-curve-bench-${dialect}-`));
  const removeDir = () => {
    rmSync(dir, { recursive: true, force: true });
  };
  const cleanDir = onCleanup(`remove ${dir}`, removeDir, removeDir);
  const gameDist = join(dir, 'game'); // no game: the API only
  mkdirSync(gameDist);

  let databaseUrl = `file:${join(dir, 'bench.db')}`;
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  if (dialect === 'postgres') {
    const database = throwawayDatabase();
    dropDatabase = onCleanup(`drop database ${database.name}`, () => database.drop());
    await database.create();
    databaseUrl = database.url;
    console.log(`[${dialect}] database ${database.name}`);
  }

  console.log(`[${dialect}] seeding ${BOARD_SIZE.toLocaleString('en')} runs on ${BOARD} …`);
  const seed = await seedBoard(databaseUrl, BOARD, seedGames, BOARD_SIZE, SEED_DEADLINE_MS);
  console.log(
    `[${dialect}] seeded in ${seed.seconds.toFixed(1)} s ` +
      `(${seed.distinctScores} distinct scores, at most ${seed.largestTie} runs on one, ` +
      `${seed.payloadBytesPerRow} JSON bytes/row)`,
  );

  const child = await startBenchServer(databaseUrl, gameDist);
  const { server, alive } = child;

  const created = (await call(
    server.url,
    'classrooms.create',
    { title: 'Bench class', scenarioId: SCENARIO_ID, visibility: 'all' },
    true,
  )) as { code: string };
  await preflight(server.url, seed, seedGames, created.code);

  const submit = submissions(submitGames);
  const joins = { n: 0 };
  const loads = {} as Record<Endpoint, LoadResult>;
  const latency = {} as Record<LatencyEndpoint, LoadResult>;
  const load = async (endpoint: Endpoint, settings: LoadSettings) => {
    const request = requestOf(endpoint, seed, submit, created.code, joins);
    const result = await measure(server.url, request, settings, alive);
    console.log(
      `[${dialect}] ${endpoint.padEnd(19)} ${String(settings.connections).padStart(2)} conn ` +
        `${result.reqPerSec.toFixed(1).padStart(7)} req/s  ` +
        `p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  errors ${result.errors}`,
    );
    return result;
  };
  // The bare procedure is measured again right after each endpoint, and each
  // ratio is taken against the mean of the health runs just before and just
  // after it: the machine is shared, so its speed drifts over the minutes a
  // suite takes, and a ratio to one health run minutes earlier carries that drift.
  const health: LoadResult[] = [await load('health.check', LOAD)];
  const healthAround: Partial<Record<Endpoint, number>> = {};
  const between = async (endpoint: Endpoint) => {
    loads[endpoint] = await load(endpoint, LOAD);
    const before = health.at(-1);
    const after = await load('health.check', LOAD);
    health.push(after);
    healthAround[endpoint] = ((before?.reqPerSec ?? after.reqPerSec) + after.reqPerSec) / 2;
  };
  // submit last: it grows the board the reads are measured on.
  await between('leaderboards.top');
  await between('leaderboards.rankOf');
  for (const endpoint of LATENCY_ENDPOINTS) latency[endpoint] = await load(endpoint, LATENCY_LOAD);
  await between('classrooms.join');
  await between('runs.submit');
  loads['health.check'] = combined(health);

  const peakRssMb = server.peakRssMb();
  const serverWarnings = server.warnings();
  if (serverWarnings > 0)
    console.log(`[${dialect}] server output:\n${server.output().slice(-4000)}`);
  const serverExit = await child.stop();
  await dropDatabase();
  await cleanDir();
  return {
    dialect,
    seed,
    loads,
    latency,
    healthAround,
    peakRssMb,
    serverWarnings,
    serverExit,
    classroomPlayers: joins.n + 1,
    submitted: submit.sent(),
  };
}

/** Several runs of one procedure as one: their requests over their seconds, the worst p99, all errors. */
function combined(results: readonly LoadResult[]): LoadResult {
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  const statusCodes: Record<string, number> = {};
  for (const r of results) {
    for (const [code, n] of Object.entries(r.statusCodes))
      statusCodes[code] = (statusCodes[code] ?? 0) + n;
  }
  return {
    requests,
    seconds,
    reqPerSec: requests / seconds,
    p50Ms: Math.max(...results.map((r) => r.p50Ms)),
    p99Ms: Math.max(...results.map((r) => r.p99Ms)),
    p999Ms: Math.max(...results.map((r) => r.p999Ms)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    statusCodes,
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function metricsOf(run: DatabaseRun): Record<string, Metric> {
  const metrics: Record<string, Metric> = {};
  const p = run.dialect;
  for (const endpoint of ENDPOINTS) {
    const load = run.loads[endpoint];
    metrics[`${p}.${endpoint}.reqPerSec`] = {
      value: round(load.reqPerSec, 1),
      unit: 'req/s',
      better: 'higher',
    };
    if (endpoint !== 'health.check') {
      const bar = RATIO_BARS[endpoint];
      metrics[`${p}.${endpoint}.ratioToHealth`] = {
        value: round(load.reqPerSec / (run.healthAround[endpoint] ?? NaN), 4),
        unit: '× health.check (mean of the runs before and after)',
        better: 'higher',
        ...(bar === undefined ? {} : { bar }),
      };
    }
    metrics[`${p}.${endpoint}.p50`] = { value: load.p50Ms, unit: 'ms', better: 'lower' };
    // At 10 connections: reported, not judged (queueing; see LATENCY_LOAD).
    metrics[`${p}.${endpoint}.p99`] = { value: load.p99Ms, unit: 'ms', better: 'lower' };
    metrics[`${p}.${endpoint}.errors`] = {
      value: load.errors,
      unit: 'non-2xx + errors',
      better: 'lower',
      bar: 0,
    };
  }
  for (const endpoint of LATENCY_ENDPOINTS) {
    const load = run.latency[endpoint];
    const at1 = `${p}.${endpoint}.1conn`;
    metrics[`${at1}.reqPerSec`] = {
      value: round(load.reqPerSec, 1),
      unit: 'req/s',
      better: 'higher',
    };
    metrics[`${at1}.p50`] = { value: load.p50Ms, unit: 'ms', better: 'lower' };
    metrics[`${at1}.p99`] = {
      value: load.p99Ms,
      unit: 'ms',
      better: 'lower',
      ...(endpoint === 'leaderboards.rankOf' ? { bar: P99_BAR_MS } : {}),
    };
    metrics[`${at1}.p99_9`] = { value: load.p999Ms, unit: 'ms', better: 'lower' };
    metrics[`${at1}.errors`] = {
      value: load.errors,
      unit: 'non-2xx + errors',
      better: 'lower',
      bar: 0,
    };
  }
  metrics[`${p}.peakRss`] = {
    value: round(run.peakRssMb, 1),
    unit: 'MB (VmHWM)',
    better: 'lower',
    bar: PEAK_RSS_BAR_MB,
  };
  metrics[`${p}.seedSeconds`] = {
    value: round(run.seed.seconds, 1),
    unit: `s for ${BOARD_SIZE} runs`,
    better: 'lower',
  };
  return metrics;
}

function contextOf(
  runs: DatabaseRun[],
  postgresVersion: string,
  startedAt: Date,
  seconds: number,
): Record<string, unknown> {
  return {
    date: startedAt.toISOString(),
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    engineVersion: ENGINE_VERSION,
    postgresVersion,
    server: `node ${NODE_FLAGS.join(' ')} dist/index.js, NODE_ENV=production, LOG_LEVEL=warn, HOST=127.0.0.1, every rate limit 1,000,000/min`,
    board: BOARD,
    boardSize: BOARD_SIZE,
    connections: LOAD.connections,
    latencyConnections: LATENCY_LOAD.connections,
    latencyDurationSeconds: LATENCY_LOAD.durationS,
    latencyBars:
      'p99 bars are judged at 1 connection (no queueing); the 10-connection p99s are reported beside them, unjudged',
    pipelining: 1,
    durationSeconds: LOAD.durationS,
    warmupSeconds: LOAD.warmupS,
    order:
      'health.check, then leaderboards.top, leaderboards.rankOf (10 connections) each followed by health.check again, leaderboards.top, leaderboards.rankOf (1 connection), then classrooms.join and runs.submit (last: it grows the board) each followed by health.check; each ratio is to the mean of the health.check runs just before and after',
    submit: `board "global" (the seeded ${BOARD_SIZE}-run board), nickname set, a new runId per request, ${SUBMIT_GAMES} distinct 20-year games reused in turn`,
    join: 'one classroom, a new nickname per request (it grows through the run)',
    rankOf: 'a uniformly random seeded runId per request',
    seedGames: `${SEED_GAMES} distinct real games (3/4 random players, 1/4 balancedGic) spread over ${BOARD_SIZE} runs`,
    totalSeconds: Math.round(seconds),
    ...Object.fromEntries(
      runs.map((run) => [
        run.dialect,
        {
          seedSeconds: round(run.seed.seconds, 1),
          distinctScores: run.seed.distinctScores,
          largestTie: run.seed.largestTie,
          payloadBytesPerRow: run.seed.payloadBytesPerRow,
          submitted: run.submitted,
          classroomPlayers: run.classroomPlayers,
          serverWarnings: run.serverWarnings,
          serverExit: run.serverExit,
          requests: Object.fromEntries(
            ENDPOINTS.map((endpoint) => [
              endpoint,
              { total: run.loads[endpoint].requests, statusCodes: run.loads[endpoint].statusCodes },
            ]),
          ),
        },
      ]),
    ),
  };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  if (!existsSync(join(serverDir, 'dist/index.js'))) {
    throw new Error(
      'apps/server/dist/index.js is missing: run `pnpm --filter @smile-curve/server build`',
    );
  }
  // Before the SQLite half, so a missing PostgreSQL fails in seconds, not minutes.
  const postgresVersion = await checkPostgres();
  console.log(`PostgreSQL ${postgresVersion} at ${describeUrl(ADMIN_URL)}`);
  console.log(`playing ${SEED_GAMES + SUBMIT_GAMES} games for the seed and the submissions …`);
  const seedGames = playGames(SEED_GAMES, 1);
  const submitGames = playGames(SUBMIT_GAMES, 1_000_000);
  const runs: DatabaseRun[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    runs.push(await benchDatabase(dialect, seedGames, submitGames));
  }
  const metrics = Object.assign({}, ...runs.map(metricsOf)) as Record<string, Metric>;
  const seconds = (performance.now() - t0) / 1000;
  writeBenchResults('server', metrics, contextOf(runs, postgresVersion, startedAt, seconds));
}

installExitHandlers();
const watchdog = setTimeout(() => {
  console.error(`server bench FAILED: over its ${BUDGET_MS / 60_000}-minute budget`);
  void cleanUpAll().finally(() => process.exit(1));
}, BUDGET_MS);
let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  if (!wasInterrupted()) console.error(`\nserver bench FAILED: ${messageOf(error)}`);
} finally {
  if (!(await cleanUpAll())) failed = true;
  clearTimeout(watchdog);
}
// Explicit: a stray handle (a socket, a timer) must not keep the bench alive.
process.exit(wasInterrupted() ? 130 : failed ? 1 : 0);
