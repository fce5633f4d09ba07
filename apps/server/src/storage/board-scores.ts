import { sql, type Expression, type Kysely } from 'kysely';
import type { DialectName } from './database.js';
import { dbBoolean } from './dialect-helpers.js';
import { queryTemplate } from './query-template.js';
import type { DatabaseSchema } from './tables.js';

/**
 * The score histograms behind ranks and board sizes: how many visible runs of
 * a board have each score (`board_scores`, migration 002) and each band of
 * SCORE_BAND_WIDTH scores (`board_score_bands`, migration 005). A rank then
 * sums the bands above the run's band plus the scores above it inside its own
 * band — at most a few hundred rows whatever the board's size or score range
 * — and a board's size sums its bands. Every write to them happens in the
 * transaction that adds or hides the runs.
 */

/** Scores per band: a rank reads at most this many score rows, plus one row per band. */
export const SCORE_BAND_WIDTH = 64;

/** The band a score falls in (floor division, so it also holds below zero). */
export function scoreBand(score: number): number {
  return Math.floor(score / SCORE_BAND_WIDTH);
}

/** `runs` visible runs (negative: hidden ones) with `score` on `board`. */
export interface ScoreCount {
  board: string;
  score: number;
  runs: number;
}

/** Rows per upsert statement (3 parameters a row). */
const ROWS_PER_STATEMENT = 1_000;

/**
 * Adds counts to both histograms, summed per row first (an upsert may not
 * touch one row twice) and sorted, so concurrent writers lock rows in the
 * same order.
 */
export async function addToHistograms(
  db: Kysely<DatabaseSchema>,
  counts: readonly ScoreCount[],
): Promise<void> {
  const scores = summed(counts, (count) => count.score);
  for (let from = 0; from < scores.length; from += ROWS_PER_STATEMENT) {
    await db
      .insertInto('board_scores')
      .values(
        scores
          .slice(from, from + ROWS_PER_STATEMENT)
          .map(({ board, key, runs }) => ({ board, score: key, runs })),
      )
      .onConflict((oc) =>
        oc
          .columns(['board', 'score'])
          .doUpdateSet({ runs: sql`board_scores.runs + excluded.runs` }),
      )
      .execute();
  }
  const bands = summed(counts, (count) => scoreBand(count.score));
  for (let from = 0; from < bands.length; from += ROWS_PER_STATEMENT) {
    await db
      .insertInto('board_score_bands')
      .values(
        bands
          .slice(from, from + ROWS_PER_STATEMENT)
          .map(({ board, key, runs }) => ({ board, band: key, runs })),
      )
      .onConflict((oc) =>
        oc
          .columns(['board', 'band'])
          .doUpdateSet({ runs: sql`board_score_bands.runs + excluded.runs` }),
      )
      .execute();
  }
}

const addToScore = queryTemplate<ScoreCount, never>((db, slot) =>
  db
    .insertInto('board_scores')
    .values({ board: slot('board'), score: slot('score'), runs: slot('runs') })
    .onConflict((oc) =>
      oc.columns(['board', 'score']).doUpdateSet({ runs: sql`board_scores.runs + excluded.runs` }),
    ),
);
const addToBand = queryTemplate<{ board: string; band: number; runs: number }, never>((db, slot) =>
  db
    .insertInto('board_score_bands')
    .values({ board: slot('board'), band: slot('band'), runs: slot('runs') })
    .onConflict((oc) =>
      oc
        .columns(['board', 'band'])
        .doUpdateSet({ runs: sql`board_score_bands.runs + excluded.runs` }),
    ),
);

/** addToHistograms for one count (a submit): two prepared upserts. */
export async function addOneToHistograms(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  count: ScoreCount,
): Promise<void> {
  await addToScore.run(db, dialect, count);
  await addToBand.run(db, dialect, {
    board: count.board,
    band: scoreBand(count.score),
    runs: count.runs,
  });
}

function summed(
  counts: readonly ScoreCount[],
  keyOf: (count: ScoreCount) => number,
): { board: string; key: number; runs: number }[] {
  const rows = new Map<string, { board: string; key: number; runs: number }>();
  for (const count of counts) {
    const key = keyOf(count);
    const id = `${count.board}\u0000${key}`;
    const row = rows.get(id);
    if (row) row.runs += count.runs;
    else rows.set(id, { board: count.board, key, runs: count.runs });
  }
  return [...rows.values()].sort((a, b) =>
    a.board === b.board ? a.key - b.key : a.board < b.board ? -1 : 1,
  );
}

/** Takes a player's runs out of every board's histograms (the player is being removed). */
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
  await subtractFromHistograms(db, groups);
}

/** Takes grouped runs (`n` of them per board and score, as COUNT(*) gives them) out of the histograms. */
export async function subtractFromHistograms(
  db: Kysely<DatabaseSchema>,
  groups: readonly { board: string; score: number; n: number | string | bigint }[],
): Promise<void> {
  await addToHistograms(
    db,
    groups.map((g) => ({ board: g.board, score: g.score, runs: -Number(g.n) })),
  );
}

/** A board's size: the sum of its bands. */
export async function histogramSize(db: Kysely<DatabaseSchema>, board: string): Promise<number> {
  const row = await db
    .selectFrom('board_score_bands')
    .select((eb) => eb.fn.coalesce(eb.fn.sum('runs'), sql<number>`0`).as('size'))
    .where('board', '=', board)
    .executeTakeFirstOrThrow();
  return Number(row.size);
}

export interface Place {
  rank: number;
  boardSize: number;
}

/**
 * A visible run's rank (1 = best) and its board's size, in one statement: the
 * run's row (its score, seq and whether its player was removed) with the rank
 * sub-selects correlated to it. Null when the run is not on that board or its
 * player was removed.
 */
export async function histogramRank(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  board: string,
  runId: string,
): Promise<Place | null> {
  const [row] = await rankOfQuery.run(db, dialect, { runId, board });
  if (!row) return null;
  if (row.player_id !== null && Boolean(row.removed)) return null;
  return placeOf(row);
}

/** The rank of a visible run with this score and seq, and the board's size (one statement). */
export async function rankAt(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  board: string,
  score: number,
  seq: number,
): Promise<Place> {
  const [row] = await rankQuery.run(db, dialect, rankValues(board, score, seq));
  return placeOf(row);
}

function placeOf(row: RankRow | undefined): Place {
  const above = Number(row?.above_bands ?? 0) + Number(row?.above_in_band ?? 0);
  return { rank: above + Number(row?.ties ?? 0) + 1, boardSize: Number(row?.size ?? 0) };
}

interface RankValues {
  board: string;
  score: number;
  seq: number;
  band: number;
  /** The first score of the next band. */
  bandEnd: number;
}

function rankValues(board: string, score: number, seq: number): RankValues {
  const band = scoreBand(score);
  return { board, score, seq, band, bandEnd: (band + 1) * SCORE_BAND_WIDTH };
}

/** A value bound as a parameter, or an expression of the statement (a column of the run). */
type Operand<T> = T | Expression<T>;

/**
 * The four sub-selects of a rank: the runs in higher bands, the runs with a
 * higher score in the same band, the visible runs with the same score
 * submitted earlier (ties go to the earlier submission: a range of the
 * board order index, which covers player_id) and the board's size — one snapshot.
 */
function rankSelections(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  at: {
    board: Operand<string>;
    score: Operand<number>;
    seq: Operand<number>;
    band: Operand<number>;
    bandEnd: Operand<number>;
  },
) {
  const sumOfRuns = sql<number | string | null>`coalesce(sum(runs), 0)`;
  return [
    db
      .selectFrom('board_score_bands')
      .select(sumOfRuns.as('n'))
      .where('board', '=', at.board)
      .where('band', '>', at.band)
      .as('above_bands'),
    db
      .selectFrom('board_scores')
      .select(sumOfRuns.as('n'))
      .where('board', '=', at.board)
      .where('score', '>', at.score)
      .where('score', '<', at.bandEnd)
      .as('above_in_band'),
    db
      .selectFrom('runs as t')
      .leftJoin('players as tp', 'tp.id', 't.player_id')
      .select((sub) => sub.fn.countAll().as('n'))
      .where('t.board', '=', at.board)
      .where('t.score', '=', at.score)
      .where('t.seq', '<', at.seq)
      .where((sub) =>
        sub.or([sub('t.player_id', 'is', null), sub('tp.removed', '=', dbBoolean(dialect, false))]),
      )
      .as('ties'),
    db
      .selectFrom('board_score_bands')
      .select(sumOfRuns.as('n'))
      .where('board', '=', at.board)
      .as('size'),
  ];
}

/** The statement behind rankAt: a submit ranks the run it just stored without looking it up. */
const rankQuery = queryTemplate<RankValues, RankRow>((db, slot, dialect) =>
  db.selectNoFrom(
    rankSelections(db, dialect, {
      board: slot('board'),
      score: slot('score'),
      seq: slot('seq'),
      band: slot('band'),
      bandEnd: slot('bandEnd'),
    }),
  ),
);

/**
 * The statement behind rankOf (exported so the bench can show its query
 * plan): the run's own row, the rank sub-selects correlated to its score and
 * seq. Its band is worked out in SQL by a floor division that also holds below
 * zero on both databases (their % keeps the dividend's sign, so the division
 * is exact), as migration 005 does; so the in-band part reads at most
 * SCORE_BAND_WIDTH score rows.
 */
export const rankOfQuery = queryTemplate<
  { runId: string; board: string },
  RankRow & { player_id: string | null; removed: boolean | number | null }
>((db, slot, dialect) => {
  const width = sql.lit(SCORE_BAND_WIDTH);
  const score = sql.ref<number>('r.score');
  const bandStart = sql<number>`(${score} - ((${score} % ${width}) + ${width}) % ${width})`;
  return db
    .selectFrom('runs as r')
    .leftJoin('players as p', 'p.id', 'r.player_id')
    .select(['r.player_id', 'p.removed'])
    .select(
      rankSelections(db, dialect, {
        board: slot('board'),
        score,
        seq: sql.ref<number>('r.seq'),
        band: sql<number>`${bandStart} / ${width}`,
        bandEnd: sql<number>`${bandStart} + ${width}`,
      }),
    )
    .where('r.run_id', '=', slot('runId'))
    .where('r.board', '=', slot('board'));
});

interface RankRow {
  above_bands: number | string | null;
  above_in_band: number | string | null;
  ties: number | string | null;
  size: number | string | null;
}
