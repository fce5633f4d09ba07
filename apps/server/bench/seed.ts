// Fills one board with many runs in bulk, through the server's own storage
// layer (openDatabase, its first migration, its Kysely schema) on either database.
//
// The runs are written under the schema of migration 001, the one this SQL
// knows; then the later migrations run, like a production database holding
// 100,000 runs being upgraded, so whatever a later migration derives from the
// runs (and backfills) is there too. The bench's preflight checks that the
// server sees the whole board.
//
// Shipping 100,000 rows of ~16 KB of JSON each through the driver takes
// minutes, so the real games go up once into a temporary "pool" table, each
// run's own columns (id, nickname, time, hash) into a temporary "slots"
// table, and the runs are made in the database with INSERT … SELECT, 10,000
// per transaction.
import { createHash, randomUUID } from 'node:crypto';
import { ENGINE_VERSION } from '@smile-curve/domain';
import { Migrator, sql, type Kysely } from 'kysely';
import { migrateToLatest, openDatabase, type OpenedDatabase } from '../src/storage/index.js';
import { initialMigration } from '../src/storage/migrations/001-initial.js';
import { RUN_COLUMNS } from '../src/storage/insert-run.js';
import type { DatabaseSchema } from '../src/storage/tables.js';
import { SCENARIO_ID, type BenchGame } from './games.js';

export interface SeedResult {
  rows: number;
  seconds: number;
  /** Every seeded run id, for rankOf lookups. */
  runIds: string[];
  distinctScores: number;
  /** The most runs that share one score (ties, ranked by seq). */
  largestTie: number;
  /** Bytes of JSON per row on average (decisions, breakdown, indicators, trajectory). */
  payloadBytesPerRow: number;
}

interface PoolTable {
  idx: number;
  seed: number;
  score: number;
  status: string;
  decisions_json: string;
  breakdown_json: string;
  final_indicators_json: string;
  trajectory_json: string;
}

interface SlotTable {
  i: number;
  pool_idx: number;
  run_id: string;
  nickname: string;
  content_hash: string;
  created_at: string;
  seq: number;
}

type SeedSchema = DatabaseSchema & { bench_pool: PoolTable; bench_slots: SlotTable };

const POOL_BATCH = 100;
const SLOT_BATCH = 2_000;
const RUN_BATCH = 10_000;
const DAY_MS = 86_400_000;
/** The seeded runs were submitted over this many days before now. */
const SPREAD_DAYS = 90;

/**
 * Inserts `count` runs on `board`, each one of `games` (real replays) under a
 * fresh run id, nickname and time, so scores spread as real ones do and equal
 * scores (ties, broken by seq) occur. Stops with an error past `deadlineMs`.
 */
export async function seedBoard(
  databaseUrl: string,
  board: string,
  games: readonly BenchGame[],
  count: number,
  deadlineMs: number,
): Promise<SeedResult> {
  const started = performance.now();
  const inTime = (what: string) => {
    if (performance.now() - started > deadlineMs) {
      throw new Error(`seeding took over ${Math.round(deadlineMs / 1000)} s (at ${what})`);
    }
  };
  // One connection: temporary tables belong to it.
  const database = openDatabase(databaseUrl, { maxConnections: 1 });
  try {
    await migrateToSeedSchema(database);
    const db = database.db.withTables<{ bench_pool: PoolTable; bench_slots: SlotTable }>();
    await createTemporaryTables(db);

    for (let from = 0; from < games.length; from += POOL_BATCH) {
      const rows = games.slice(from, from + POOL_BATCH).map((game, k) => ({
        idx: from + k,
        seed: game.seed,
        score: game.score,
        status: game.status,
        decisions_json: game.storedLogJson,
        breakdown_json: game.breakdownJson,
        final_indicators_json: game.finalIndicatorsJson,
        trajectory_json: game.trajectoryJson,
      }));
      await db.insertInto('bench_pool').values(rows).execute();
    }

    const runIds: string[] = [];
    const runsByScore = new Map<number, number>();
    let payloadBytes = 0;
    const firstAt = Date.now() - SPREAD_DAYS * DAY_MS;
    const step = (SPREAD_DAYS * DAY_MS) / count;
    for (let from = 0; from < count; from += SLOT_BATCH) {
      inTime(`slot ${from}`);
      const slots: SlotTable[] = [];
      for (let i = from; i < Math.min(count, from + SLOT_BATCH); i++) {
        // A spread of games, not a cycle of neighbours: 7919 is prime.
        const poolIdx = (i * 7_919) % games.length;
        const game = games[poolIdx];
        if (!game) throw new Error('no games to seed with');
        const runId = randomUUID();
        const nickname = i % 3 === 0 ? 'Anonymous' : `Player ${i}`;
        runIds.push(runId);
        runsByScore.set(game.score, (runsByScore.get(game.score) ?? 0) + 1);
        payloadBytes +=
          game.storedLogJson.length +
          game.breakdownJson.length +
          game.finalIndicatorsJson.length +
          game.trajectoryJson.length;
        slots.push({
          i,
          pool_idx: poolIdx,
          run_id: runId,
          nickname,
          content_hash: createHash('sha256')
            .update(JSON.stringify([board, SCENARIO_ID, game.seed, null, nickname]))
            .update(game.decisionsJson)
            .digest('hex'),
          created_at: new Date(firstAt + i * step).toISOString(),
          seq: i + 1,
        });
      }
      await db.insertInto('bench_slots').values(slots).execute();
    }

    for (let from = 0; from < count; from += RUN_BATCH) {
      inTime(`run ${from}`);
      await db
        .transaction()
        .execute((tx) =>
          insertRuns(tx, database.dialect, board, from, Math.min(count, from + RUN_BATCH)),
        );
    }

    await db.schema.dropTable('bench_slots').execute();
    await db.schema.dropTable('bench_pool').execute();
    // The later migrations (histogram backfill, indexes) here rather than at the
    // server's start: on a loaded machine they outlast its start-up timeout.
    inTime('migrations');
    await migrateToLatest(database);
    // A long-lived PostgreSQL table has been vacuumed and analysed by autovacuum.
    if (database.dialect === 'postgres') await sql`vacuum (analyze) runs`.execute(db);
    return {
      rows: count,
      seconds: (performance.now() - started) / 1000,
      runIds,
      distinctScores: runsByScore.size,
      largestTie: Math.max(...runsByScore.values()),
      payloadBytesPerRow: Math.round(payloadBytes / count),
    };
  } finally {
    await database.close();
  }
}

/** Applies migration 001 only (or nothing, when it is there already). */
async function migrateToSeedSchema(database: OpenedDatabase): Promise<void> {
  const migrations = { '001-initial': initialMigration(database.dialect) };
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    // As the server's own migrator does: its bookkeeping in this schema only.
    migrationTableSchema: database.schema,
  });
  const { error } = await migrator.migrateTo('001-initial');
  if (error !== undefined) {
    throw new Error(`migration 001 for the seed failed: ${messageOf(error)}`, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : JSON.stringify(error);
}

async function createTemporaryTables(db: Kysely<SeedSchema>): Promise<void> {
  await db.schema
    .createTable('bench_pool')
    .temporary()
    .addColumn('idx', 'integer', (col) => col.primaryKey())
    .addColumn('seed', 'bigint', (col) => col.notNull())
    .addColumn('score', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('decisions_json', 'text', (col) => col.notNull())
    .addColumn('breakdown_json', 'text', (col) => col.notNull())
    .addColumn('final_indicators_json', 'text', (col) => col.notNull())
    .addColumn('trajectory_json', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('bench_slots')
    .temporary()
    .addColumn('i', 'integer', (col) => col.primaryKey())
    .addColumn('pool_idx', 'integer', (col) => col.notNull())
    .addColumn('run_id', 'text', (col) => col.notNull())
    .addColumn('nickname', 'text', (col) => col.notNull())
    .addColumn('content_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('seq', 'bigint', (col) => col.notNull())
    .execute();
}

/** Runs for slots [from, to), in slot order (PostgreSQL numbers seq in that order). */
async function insertRuns(
  db: Kysely<SeedSchema>,
  dialect: 'sqlite' | 'postgres',
  board: string,
  from: number,
  to: number,
): Promise<void> {
  const text = (value: string) => sql<string>`cast(${value} as text)`;
  const columns = RUN_COLUMNS;
  await db
    .insertInto('runs')
    // PostgreSQL's seq is an identity; SQLite's is written by whoever inserts.
    .columns(dialect === 'sqlite' ? [...columns, 'seq'] : [...columns])
    .expression((eb) =>
      eb
        .selectFrom('bench_slots as s')
        .innerJoin('bench_pool as p', 'p.idx', 's.pool_idx')
        .select([
          's.run_id',
          text(board).as('board'),
          text(SCENARIO_ID).as('scenario_id'),
          'p.seed',
          text(ENGINE_VERSION).as('engine_version'),
          'p.decisions_json',
          's.content_hash',
          sql<null>`null`.as('player_id'),
          's.nickname',
          'p.score',
          'p.breakdown_json',
          'p.final_indicators_json',
          'p.trajectory_json',
          'p.status',
          dialect === 'postgres'
            ? sql<string>`cast(s.created_at as timestamptz)`.as('created_at')
            : 's.created_at',
        ])
        .$if(dialect === 'sqlite', (query) => query.select('s.seq'))
        .where('s.i', '>=', from)
        .where('s.i', '<', to)
        .orderBy('s.i'),
    )
    .execute();
}
