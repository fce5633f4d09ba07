// A board of 1,000,000 runs through the repository (insertImportedRuns:
// transactions of 5,000 rows), on a database migrated to the latest schema.
//
// Scores, statuses and breakdowns are those of real replayed games (the pool
// the 100,000-run bench uses), so the scores spread as real ones do and ties
// pile up as they would (about 1,500 distinct scores). The big JSON columns
// hold empty placeholders: a real run carries ~17.5 KB of decisions and
// trajectory, ~17.5 GB per database at 1,000,000 runs, which this machine's
// disk (~65 MB/s) cannot write within a bench. Ranks and first pages read the
// narrow columns and the histogram only, so they are measured faithfully;
// the database size is reported for these rows, with the full-payload
// estimate beside it.
import { randomUUID } from 'node:crypto';
import { ENGINE_VERSION } from '@smile-curve/domain';
import { sql } from 'kysely';
import {
  createRepository,
  migrateToLatest,
  openDatabase,
  type ImportedRun,
} from '../src/storage/index.js';
import { SCENARIO_ID, type BenchGame } from './games.js';

export interface BigSeedResult {
  seconds: number;
  /** Every 10th run id, for rankOf lookups spread over the board. */
  sampleRunIds: string[];
  distinctScores: number;
  largestTie: number;
}

const BATCH = 5_000;
const SAMPLE_EVERY = 10;
const DAY_MS = 86_400_000;
const SPREAD_DAYS = 180;

export async function seedBigBoard(
  databaseUrl: string,
  board: string,
  games: readonly BenchGame[],
  count: number,
  deadlineMs: number,
  progress: (done: number) => void,
): Promise<BigSeedResult> {
  const started = performance.now();
  const database = openDatabase(databaseUrl, { maxConnections: 1 });
  try {
    await migrateToLatest(database);
    // A bulk load's page cache (this connection only; the server keeps SQLite's
    // default): with 2 MB, inserting random UUID keys re-reads index pages
    // from the OS on almost every row, and the load slows as the board grows.
    if (database.dialect === 'sqlite') await sql`pragma cache_size = -524288`.execute(database.db);
    const repository = createRepository(database);
    const sampleRunIds: string[] = [];
    const runsByScore = new Map<number, number>();
    const firstAt = Date.now() - SPREAD_DAYS * DAY_MS;
    const step = (SPREAD_DAYS * DAY_MS) / count;
    for (let from = 0; from < count; from += BATCH) {
      if (performance.now() - started > deadlineMs) {
        throw new Error(`seeding took over ${Math.round(deadlineMs / 1000)} s (at run ${from})`);
      }
      const runs: ImportedRun[] = [];
      for (let i = from; i < Math.min(count, from + BATCH); i++) {
        // A spread of games, not a cycle of neighbours: 7919 is prime.
        const game = games[(i * 7_919) % games.length];
        if (!game) throw new Error('no games to seed with');
        const runId = randomUUID();
        if (i % SAMPLE_EVERY === 0) sampleRunIds.push(runId);
        runsByScore.set(game.score, (runsByScore.get(game.score) ?? 0) + 1);
        runs.push({
          runId,
          board,
          scenarioId: SCENARIO_ID,
          seed: game.seed,
          engineVersion: ENGINE_VERSION,
          decisions: [],
          contentHash: `seed-${i}`,
          playerId: null,
          nickname: i % 3 === 0 ? 'Anonymous' : `Player ${i}`,
          score: game.score,
          breakdown: JSON.parse(game.breakdownJson) as unknown,
          finalIndicators: {},
          trajectory: [],
          status: game.status,
          createdAt: new Date(firstAt + i * step).toISOString(),
        });
      }
      await repository.insertImportedRuns(runs);
      progress(from + runs.length);
    }
    // A long-lived PostgreSQL table has been vacuumed and analysed by autovacuum.
    if (database.dialect === 'postgres')
      await sql`vacuum (analyze) runs, board_scores, board_score_bands`.execute(database.db);
    else await sql`pragma wal_checkpoint(truncate)`.execute(database.db);
    return {
      seconds: (performance.now() - started) / 1000,
      sampleRunIds,
      distinctScores: runsByScore.size,
      largestTie: Math.max(...runsByScore.values()),
    };
  } finally {
    await database.close();
  }
}
