import type { ColumnType, Generated } from 'kysely';

/**
 * The row shapes Kysely sees. Reads are typed loosely on purpose (pg returns
 * bigint as a string, SQLite returns booleans as 0/1 and timestamps as text);
 * `records.ts` validates every row read back and turns it into a clean record.
 */

/** int8/bigint: a number from SQLite, a string from pg. */
type BigIntColumn = ColumnType<number | string, number, number>;
/** boolean: true/false from pg, 0/1 from SQLite. Written through `dbBoolean`. */
type BooleanColumn = ColumnType<boolean | number, boolean | number, boolean | number>;
/** timestamptz in pg (read as Date), ISO-8601 text in SQLite. Written as ISO text. */
type TimestampColumn = ColumnType<Date | string, string, string>;
type NullableTimestampColumn = ColumnType<Date | string | null, string | null, string | null>;

export interface ClassroomsTable {
  id: string;
  code: string;
  title: string;
  scenario_id: string;
  seed: BigIntColumn;
  visibility: string;
  closes_at: NullableTimestampColumn;
  closed: BooleanColumn;
  teacher_key_hash: string;
  created_at: TimestampColumn;
}

export interface PlayersTable {
  id: string;
  classroom_id: string;
  nickname: string;
  /** nicknameKey(nickname), unique per classroom (migration 004; nullable only because SQLite cannot add a NOT NULL column). */
  nickname_key: string | null;
  token_hash: string;
  removed: BooleanColumn;
  created_at: TimestampColumn;
}

export interface RunsTable {
  run_id: string;
  board: string;
  scenario_id: string;
  seed: BigIntColumn;
  engine_version: string;
  decisions_json: string;
  content_hash: string;
  player_id: string | null;
  nickname: string;
  score: number;
  breakdown_json: string;
  final_indicators_json: string;
  trajectory_json: string;
  status: string;
  created_at: TimestampColumn;
  /** Identity in pg; assigned max(seq) + 1 inside the insert on SQLite. */
  seq: Generated<number | string>;
}

/** How many visible runs of a board have each score (see migration 002). */
export interface BoardScoresTable {
  board: string;
  score: number;
  runs: BigIntColumn;
}

/** How many visible runs of a board fall in each band of scores (see migration 005). */
export interface BoardScoreBandsTable {
  board: string;
  band: number;
  runs: BigIntColumn;
}

export interface DatabaseSchema {
  classrooms: ClassroomsTable;
  players: PlayersTable;
  runs: RunsTable;
  board_scores: BoardScoresTable;
  board_score_bands: BoardScoreBandsTable;
}
