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
 * A visible run's rank (1 = best) and its board's size: the runs with a
 * higher score, from the histogram, plus the runs with the same score
 * submitted earlier (ties go to the earlier submission). Null when the run is
 * not on that board or its player was removed.
 */
export async function histogramRank(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  board: string,
  runId: string,
): Promise<{ rank: number; boardSize: number } | null> {
  const target = await db
    .selectFrom('runs as r')
    .leftJoin('players as p', 'p.id', 'r.player_id')
    .select(['r.score', 'r.seq', 'r.player_id', 'p.removed'])
    .where('r.run_id', '=', runId)
    .where('r.board', '=', board)
    .executeTakeFirst();
  if (!target) return null;
  if (target.player_id !== null && Boolean(target.removed)) return null;
  const above = await db
    .selectFrom('board_scores')
    .select((eb) => eb.fn.coalesce(eb.fn.sum('runs'), sql<number>`0`).as('n'))
    .where('board', '=', board)
    .where('score', '>', target.score)
    .executeTakeFirstOrThrow();
  // Ties: a range of the (board, score, seq) index, joined only to skip removed players.
  const earlierTies = await db
    .selectFrom('runs as r')
    .leftJoin('players as p', 'p.id', 'r.player_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('r.board', '=', board)
    .where('r.score', '=', target.score)
    .where('r.seq', '<', target.seq)
    .where((eb) =>
      eb.or([eb('r.player_id', 'is', null), eb('p.removed', '=', dbBoolean(dialect, false))]),
    )
    .executeTakeFirstOrThrow();
  const boardSize = await histogramSize(db, board);
  return { rank: Number(above.n) + Number(earlierTies.n) + 1, boardSize };
}
