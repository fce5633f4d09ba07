import type { Kysely } from 'kysely';
import { decodeCursor, encodeCursor } from './board-cursor.js';
import type { DialectName } from './database.js';
import { dbBoolean } from './dialect-helpers.js';
import { RunSummaryRow, parseRows, type RunSummary } from './records.js';
import type { BoardPage } from './repository-types.js';
import { queryTemplate } from './query-template.js';
import type { DatabaseSchema } from './tables.js';

/** Leaderboard reads: best score first, ties to the earlier submission (lower seq). */

export const MAX_BOARD_PAGE = 200;

export const SUMMARY_COLUMNS = [
  'r.run_id',
  'r.board',
  'r.scenario_id',
  'r.player_id',
  'r.nickname',
  'r.score',
  'r.status',
  'r.created_at',
  'r.seq',
] as const;

/** Runs on a board whose player (if any) has not been removed. */
function visibleRuns(db: Kysely<DatabaseSchema>, dialect: DialectName, board: string) {
  return db
    .selectFrom('runs as r')
    .leftJoin('players as p', 'p.id', 'r.player_id')
    .where('r.board', '=', board)
    .where((eb) =>
      eb.or([eb('r.player_id', 'is', null), eb('p.removed', '=', dbBoolean(dialect, false))]),
    );
}

interface PageValues {
  board: string;
  /** Rows to read: the page and one more (it tells whether another page exists). */
  rows: number;
}
interface AfterValues extends PageValues {
  score: number;
  seq: number;
}

/** A board's visible runs in leaderboard order, as pages list them. */
function inBoardOrder(db: Kysely<DatabaseSchema>, dialect: DialectName, board: string) {
  return visibleRuns(db, dialect, board)
    .select(SUMMARY_COLUMNS)
    .orderBy('r.score', 'desc')
    .orderBy('r.seq', 'asc');
}

const firstPage = queryTemplate<PageValues, unknown>((db, slot, dialect) =>
  inBoardOrder(db, dialect, slot('board')).limit(slot('rows')),
);

/**
 * The page after a cursor: the rest of the cursor's tie (same score, later
 * seq) and then the lower scores, each an exact range of the board order
 * index, merged. One range with `score < ? or (score = ? and seq > ?)` would
 * have read the whole tie before the cursor and dropped it row by row: on a
 * board where hundreds of runs share a score, a page inside that tie cost
 * hundreds of rows.
 */
const pageAfter = queryTemplate<AfterValues, unknown>((db, slot, dialect) =>
  db
    .selectFrom(
      inBoardOrder(db, dialect, slot('board'))
        .where('r.score', '=', slot('score'))
        .where('r.seq', '>', slot('seq'))
        .limit(slot('rows'))
        .as('tie'),
    )
    .selectAll()
    .unionAll(
      db
        .selectFrom(
          inBoardOrder(db, dialect, slot('board'))
            .where('r.score', '<', slot('score'))
            .limit(slot('rows'))
            .as('below'),
        )
        .selectAll(),
    )
    .orderBy('score', 'desc')
    .orderBy('seq', 'asc')
    .limit(slot('rows')),
);

export async function readBoardPage(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  board: string,
  limit: number,
  cursor: string | undefined,
): Promise<BoardPage> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_BOARD_PAGE) {
    throw new RangeError(`limit must be an integer from 1 to ${MAX_BOARD_PAGE}`);
  }
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  const rows = after
    ? await pageAfter.run(db, dialect, {
        board,
        rows: limit + 1,
        score: after.score,
        seq: after.seq,
      })
    : await firstPage.run(db, dialect, { board, rows: limit + 1 });
  const firstRank = (after?.rank ?? 0) + 1;
  const entries = parseRows(RunSummaryRow, rows.slice(0, limit)).map((run, index) => ({
    ...run,
    rank: firstRank + index,
  }));
  const last = entries.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ score: last.score, seq: last.seq, rank: last.rank })
      : null;
  return { entries, nextCursor };
}

/**
 * The board's runs submitted after `afterSeq`, oldest first: what a live
 * subscriber missed while it was disconnected.
 */
export async function readRunsAfter(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  board: string,
  afterSeq: number,
  limit: number,
): Promise<RunSummary[]> {
  const rows = await visibleRuns(db, dialect, board)
    .select(SUMMARY_COLUMNS)
    .where('r.seq', '>', afterSeq)
    .orderBy('r.seq', 'asc')
    .limit(limit)
    .execute();
  return parseRows(RunSummaryRow, rows);
}
