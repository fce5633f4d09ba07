import { sql, type Kysely } from 'kysely';
import type { DialectName } from './database.js';
import { dbBoolean } from './dialect-helpers.js';
import type { DatabaseSchema } from './tables.js';

/**
 * The score histogram behind ranks and board sizes (migration 002). Every
 * write to it happens in the transaction that adds or hides the runs.
 */

/** Adds `delta` runs with `score` to a board's histogram. */
export async function addToHistogram(
  db: Kysely<DatabaseSchema>,
  board: string,
  score: number,
  delta: number,
): Promise<void> {
  await db
    .insertInto('board_scores')
    .values({ board, score, runs: delta })
    .onConflict((oc) =>
      oc.columns(['board', 'score']).doUpdateSet({ runs: sql`board_scores.runs + ${delta}` }),
    )
    .execute();
}

/** Takes a player's runs out of every board's histogram (the player is being removed). */
export async function removePlayerFromHistograms(
  db: Kysely<DatabaseSchema>,
  playerId: string,
): Promise<void> {
  const groups = await db
    .selectFrom('runs')
    .select(['board', 'score', (eb) => eb.fn.countAll().as('n')])
    .where('player_id', '=', playerId)
    .groupBy(['board', 'score'])
    .execute();
  for (const g of groups) await addToHistogram(db, g.board, g.score, -Number(g.n));
}

/** A board's size: the sum of its histogram. */
export async function histogramSize(db: Kysely<DatabaseSchema>, board: string): Promise<number> {
  const row = await db
    .selectFrom('board_scores')
    .select((eb) => eb.fn.coalesce(eb.fn.sum('runs'), sql<number>`0`).as('size'))
    .where('board', '=', board)
    .executeTakeFirstOrThrow();
  return Number(row.size);
}

/**
 * A visible run's rank (1 = best) and its board's size, in one statement (one
 * snapshot, one round trip): the runs with a higher score from the histogram
 * (a sum over distinct scores, bounded by the score range, not by the board),
 * plus the visible runs with the same score submitted earlier (ties go to the
 * earlier submission: a range of the (board, score, seq, player_id) index),
 * plus the board's size from the histogram. Null when the run is not on that
 * board or its player was removed.
 */
export async function histogramRank(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  board: string,
  runId: string,
): Promise<{ rank: number; boardSize: number } | null> {
  const row = await rankQuery(db, dialect, board, runId).executeTakeFirst();
  if (!row) return null;
  if (row.player_id !== null && Boolean(row.removed)) return null;
  return {
    rank: Number(row.above ?? 0) + Number(row.ties ?? 0) + 1,
    boardSize: Number(row.size ?? 0),
  };
}

/** The statement behind histogramRank (exported so the bench can show its query plan). */
export function rankQuery(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  board: string,
  runId: string,
) {
  return db
    .selectFrom('runs as r')
    .leftJoin('players as p', 'p.id', 'r.player_id')
    .select((eb) => [
      'r.player_id',
      'p.removed',
      eb
        .selectFrom('board_scores as b')
        .select((sub) => sub.fn.coalesce(sub.fn.sum('b.runs'), sql<number>`0`).as('n'))
        .where('b.board', '=', board)
        .whereRef('b.score', '>', 'r.score')
        .as('above'),
      eb
        .selectFrom('runs as t')
        .leftJoin('players as tp', 'tp.id', 't.player_id')
        .select((sub) => sub.fn.countAll().as('n'))
        .where('t.board', '=', board)
        .whereRef('t.score', '=', 'r.score')
        .whereRef('t.seq', '<', 'r.seq')
        .where((sub) =>
          sub.or([
            sub('t.player_id', 'is', null),
            sub('tp.removed', '=', dbBoolean(dialect, false)),
          ]),
        )
        .as('ties'),
      eb
        .selectFrom('board_scores as s')
        .select((sub) => sub.fn.coalesce(sub.fn.sum('s.runs'), sql<number>`0`).as('n'))
        .where('s.board', '=', board)
        .as('size'),
    ])
    .where('r.run_id', '=', runId)
    .where('r.board', '=', board);
}
