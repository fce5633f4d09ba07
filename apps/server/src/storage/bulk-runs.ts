import { sql, type Kysely } from 'kysely';
import type { DialectName } from './database.js';
import { addToHistograms } from './board-scores.js';
import { dbBoolean } from './dialect-helpers.js';
import type { ImportedRun } from './repository-types.js';
import type { DatabaseSchema } from './tables.js';

/**
 * Many runs in one transaction (an import, or seeding a big board): multi-row
 * inserts, and the score histogram updated once per (board, score) instead
 * of once per run. All or nothing: a duplicate runId fails the whole batch.
 */

/** Rows per INSERT statement: 16 parameters a row stays under both databases' limits. */
const ROWS_PER_STATEMENT = 1_000;

export async function insertImportedRuns(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  runs: readonly ImportedRun[],
): Promise<number> {
  if (runs.length === 0) return 0;
  // SQLite has no identity column: seq continues from the largest, under the write lock.
  let nextSeq = 0;
  if (dialect === 'sqlite') {
    const row = await db
      .selectFrom('runs')
      .select((eb) => eb.fn.coalesce(eb.fn.max('seq'), sql<number>`0`).as('last'))
      .executeTakeFirstOrThrow();
    nextSeq = Number(row.last) + 1;
  }
  for (let from = 0; from < runs.length; from += ROWS_PER_STATEMENT) {
    const rows = runs.slice(from, from + ROWS_PER_STATEMENT).map((run, k) => ({
      run_id: run.runId,
      board: run.board,
      scenario_id: run.scenarioId,
      seed: run.seed,
      engine_version: run.engineVersion,
      decisions_json: JSON.stringify(run.decisions),
      content_hash: run.contentHash,
      player_id: run.playerId,
      nickname: run.nickname,
      score: run.score,
      breakdown_json: JSON.stringify(run.breakdown),
      final_indicators_json: JSON.stringify(run.finalIndicators),
      trajectory_json: JSON.stringify(run.trajectory),
      status: run.status,
      created_at: run.createdAt,
      ...(dialect === 'sqlite' ? { seq: nextSeq + from + k } : {}),
    }));
    await db.insertInto('runs').values(rows).execute();
  }
  await countVisibleRuns(db, dialect, runs);
  return runs.length;
}

/** Counts the visible runs (no player, or a player not removed) into their boards' histograms. */
async function countVisibleRuns(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  runs: readonly ImportedRun[],
): Promise<void> {
  const playerIds = [...new Set(runs.flatMap((run) => (run.playerId ? [run.playerId] : [])))];
  const removed = new Set<string>();
  for (let from = 0; from < playerIds.length; from += ROWS_PER_STATEMENT) {
    const found = await db
      .selectFrom('players')
      .select('id')
      .where('id', 'in', playerIds.slice(from, from + ROWS_PER_STATEMENT))
      .where('removed', '=', dbBoolean(dialect, true))
      .execute();
    for (const player of found) removed.add(player.id);
  }
  await addToHistograms(
    db,
    runs
      .filter((run) => run.playerId === null || !removed.has(run.playerId))
      .map((run) => ({ board: run.board, score: run.score, runs: 1 })),
  );
}
