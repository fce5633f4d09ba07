// `pnpm bench` suite `server-1m`: a board of 1,000,000 runs (seed-1m.ts)
// behind the built server, SQLite then PostgreSQL: leaderboards.top (the
// first page, as a player opens the board, and the second, which is never
// cached and reads the database) and leaderboards.rankOf at one connection,
// with their p99 bars (< 5 ms); the server's peak RSS (< 300 MB); the
// database's size; the query plan of a rank. Writes bench/results/server-1m.json.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { globalBoard } from '@smile-curve/domain';
import type { AutocannonRequest } from 'autocannon';
import { writeBenchResults, type Metric } from '../../../tooling/bench/src/index.js';
import { boardFacts, type BoardFacts } from './big-board-facts.js';
import { startBenchServer } from './bench-server.js';
import {
  cleanUpAll,
  installExitHandlers,
  messageOf,
  onCleanup,
  wasInterrupted,
} from './cleanup.js';
import { SCENARIO_ID, playGames } from './games.js';
import { measure, type LoadResult, type LoadSettings } from './load.js';
import { ADMIN_URL, checkPostgres, describeUrl, throwawayDatabase } from './postgres.js';
import { seedBigBoard, type BigSeedResult } from './seed-1m.js';
import { call, query } from './trpc-call.js';

const BOARD_SIZE = 1_000_000;
const BOARD = globalBoard(SCENARIO_ID);
const SEED_GAMES = 2_500;
/** One connection: latency without queueing (see server.bench.ts, LATENCY_LOAD). */
const LOAD: LoadSettings = { connections: 1, durationS: 5, warmupS: 1 };
const SEED_DEADLINE_MS = 15 * 60_000;
const BUDGET_MS = 30 * 60_000;
/** p99 < 5 ms; autocannon's latencies are whole milliseconds, so at most 4. */
const P99_BAR_MS = 4.999;
const PEAK_RSS_BAR_MB = 300;
/** What a real run's JSON weighs (server.json's payloadBytesPerRow), for the full-size estimate. */
const REAL_PAYLOAD_BYTES = 17_502;

const PROBES = [
  'health.check',
  'leaderboards.top',
  'leaderboards.top.page2',
  'leaderboards.top.deep',
  'leaderboards.rankOf',
] as const;
/** The deep probe reads the page after this rank (the middle of the board). */
const DEEP_RANK = 500_000;
type Probe = (typeof PROBES)[number];
type Dialect = 'sqlite' | 'postgres';

interface DatabaseRun {
  dialect: Dialect;
  seed: BigSeedResult;
  facts: BoardFacts;
  loads: Record<Probe, LoadResult>;
  peakRssMb: number;
  serverExit: string;
}

function requestOf(
  probe: Probe,
  seed: BigSeedResult,
  page2Cursor: string,
  deepCursor: string,
): AutocannonRequest {
  switch (probe) {
    case 'health.check':
      return { method: 'GET', path: query('health.check') };
    case 'leaderboards.top':
      return { method: 'GET', path: query('leaderboards.top', { board: BOARD, limit: 20 }) };
    case 'leaderboards.top.page2':
      return {
        method: 'GET',
        path: query('leaderboards.top', { board: BOARD, limit: 20, cursor: page2Cursor }),
      };
    case 'leaderboards.top.deep':
      return {
        method: 'GET',
        path: query('leaderboards.top', { board: BOARD, limit: 20, cursor: deepCursor }),
      };
    case 'leaderboards.rankOf':
      return {
        method: 'GET',
        setupRequest: (request) => {
          const ids = seed.sampleRunIds;
          const runId = ids[Math.floor(Math.random() * ids.length)];
          return { ...request, path: query('leaderboards.rankOf', { board: BOARD, runId }) };
        },
      };
  }
}

async function benchDatabase(
  dialect: Dialect,
  games: ReturnType<typeof playGames>,
): Promise<DatabaseRun> {
  const dir = mkdtempSync(join(tmpdir(), `smile-curve-bench-1m-${dialect}-`));
  const removeDir = () => {
    rmSync(dir, { recursive: true, force: true });
  };
  const cleanDir = onCleanup(`remove ${dir}`, removeDir, removeDir);
  const gameDist = join(dir, 'game');
  mkdirSync(gameDist);
  let databaseUrl = `file:${join(dir, 'bench.db')}`;
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  if (dialect === 'postgres') {
    const database = throwawayDatabase();
    dropDatabase = onCleanup(`drop database ${database.name}`, () => database.drop());
    await database.create();
    databaseUrl = database.url;
  }
  console.log(
    `[${dialect}] seeding ${BOARD_SIZE.toLocaleString('en')} runs through insertImportedRuns …`,
  );
  let reported = 0;
  const seed = await seedBigBoard(
    databaseUrl,
    BOARD,
    games,
    BOARD_SIZE,
    SEED_DEADLINE_MS,
    (done) => {
      if (done - reported >= 250_000) {
        reported = done;
        console.log(`[${dialect}]   ${done.toLocaleString('en')} runs`);
      }
    },
  );
  const facts = await boardFacts(databaseUrl, BOARD, seed.sampleRunIds[0] ?? '', DEEP_RANK);
  console.log(
    `[${dialect}] seeded in ${seed.seconds.toFixed(1)} s (${seed.distinctScores} distinct scores, ` +
      `at most ${seed.largestTie} runs on one); database ${facts.databaseMb.toFixed(0)} MB; ` +
      `rank plan:\n    ${facts.rankPlan.join('\n    ')}`,
  );
  if (facts.rankPlanScansRuns) throw new Error(`[${dialect}] a rank scans the runs table`);

  const child = await startBenchServer(databaseUrl, gameDist);
  const { server, alive } = child;
  const first = (await call(server.url, 'leaderboards.top', { board: BOARD, limit: 20 })) as {
    boardSize: number;
    nextCursor: string | null;
  };
  if (first.boardSize !== BOARD_SIZE || first.nextCursor === null) {
    throw new Error(`preflight: the server sees ${first.boardSize} runs, not ${BOARD_SIZE}`);
  }
  const deep = (await call(server.url, 'leaderboards.top', {
    board: BOARD,
    limit: 20,
    cursor: facts.deepCursor,
  })) as { entries: { rank: number }[] };
  if (deep.entries[0]?.rank !== DEEP_RANK + 1 || deep.entries.length !== 20) {
    throw new Error(
      `preflight: the page after rank ${DEEP_RANK} starts at ${deep.entries[0]?.rank}`,
    );
  }
  const loads = {} as Record<Probe, LoadResult>;
  for (const probe of PROBES) {
    const result = await measure(
      server.url,
      requestOf(probe, seed, first.nextCursor, facts.deepCursor),
      LOAD,
      alive,
    );
    loads[probe] = result;
    console.log(
      `[${dialect}] ${probe.padEnd(22)} ${result.reqPerSec.toFixed(1).padStart(7)} req/s  ` +
        `p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  errors ${result.errors}`,
    );
  }
  const peakRssMb = server.peakRssMb();
  const serverExit = await child.stop();
  await dropDatabase();
  await cleanDir();
  return { dialect, seed, facts, loads, peakRssMb, serverExit };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function metricsOf(run: DatabaseRun): Record<string, Metric> {
  const p = run.dialect;
  const metrics: Record<string, Metric> = {};
  for (const probe of PROBES) {
    const load = run.loads[probe];
    const judged = probe !== 'health.check';
    metrics[`${p}.${probe}.1conn.p50`] = { value: load.p50Ms, unit: 'ms', better: 'lower' };
    metrics[`${p}.${probe}.1conn.p99`] = {
      value: load.p99Ms,
      unit: 'ms',
      better: 'lower',
      ...(judged ? { bar: P99_BAR_MS } : {}),
    };
    metrics[`${p}.${probe}.1conn.p99_9`] = { value: load.p999Ms, unit: 'ms', better: 'lower' };
    metrics[`${p}.${probe}.1conn.reqPerSec`] = {
      value: round(load.reqPerSec, 1),
      unit: 'req/s',
      better: 'higher',
    };
    metrics[`${p}.${probe}.errors`] = {
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
  metrics[`${p}.databaseSize`] = {
    value: round(run.facts.databaseMb, 0),
    unit: 'MB (placeholder payloads)',
    better: 'lower',
  };
  metrics[`${p}.seedSeconds`] = {
    value: round(run.seed.seconds, 1),
    unit: `s for ${BOARD_SIZE} runs`,
    better: 'lower',
  };
  return metrics;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  const postgresVersion = await checkPostgres();
  console.log(`PostgreSQL ${postgresVersion} at ${describeUrl(ADMIN_URL)}`);
  console.log(`playing ${SEED_GAMES} games for the scores …`);
  const games = playGames(SEED_GAMES, 1);
  const runs: DatabaseRun[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const)
    runs.push(await benchDatabase(dialect, games));
  const metrics = Object.assign({}, ...runs.map(metricsOf)) as Record<string, Metric>;
  writeBenchResults('server-1m', metrics, {
    date: startedAt.toISOString(),
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    node: process.version,
    postgresVersion,
    board: BOARD,
    boardSize: BOARD_SIZE,
    connections: LOAD.connections,
    durationSeconds: LOAD.durationS,
    warmupSeconds: LOAD.warmupS,
    latencyBars: "p99 at 1 connection (no queueing): a request's own cost",
    seed:
      `${BOARD_SIZE} runs through Repository.insertImportedRuns in transactions of 5,000, scores/statuses/breakdowns ` +
      `of ${SEED_GAMES} real replayed games; decisions, trajectory and final indicators are empty placeholders ` +
      '(a real run carries ~17.5 KB of JSON: ~17.5 GB per database, more than this disk writes in a bench)',
    top: 'leaderboards.top limit 20: the first page (held in memory until the board changes) and the second page and the page after rank 500,000 (cursors: always read from the database)',
    rankOf: 'a uniformly random run of every 10th seeded, per request',
    totalSeconds: Math.round((performance.now() - t0) / 1000),
    ...Object.fromEntries(
      runs.map((run) => [
        run.dialect,
        {
          seedSeconds: round(run.seed.seconds, 1),
          distinctScores: run.seed.distinctScores,
          largestTie: run.seed.largestTie,
          databaseMb: round(run.facts.databaseMb, 0),
          databaseMbWithRealPayloadsEstimate: round(
            run.facts.databaseMb + (BOARD_SIZE * REAL_PAYLOAD_BYTES) / 1024 / 1024,
            0,
          ),
          rankPlan: run.facts.rankPlan,
          serverExit: run.serverExit,
        },
      ]),
    ),
  });
}

installExitHandlers();
const watchdog = setTimeout(() => {
  console.error(`server-1m bench FAILED: over its ${BUDGET_MS / 60_000}-minute budget`);
  void cleanUpAll().finally(() => process.exit(1));
}, BUDGET_MS);
let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  if (!wasInterrupted()) console.error(`\nserver-1m bench FAILED: ${messageOf(error)}`);
} finally {
  if (!(await cleanUpAll())) failed = true;
  clearTimeout(watchdog);
}
process.exit(wasInterrupted() ? 130 : failed ? 1 : 0);
