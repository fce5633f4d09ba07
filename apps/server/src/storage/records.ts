import { z } from 'zod';

/**
 * What the repository hands out, and the zod schemas that turn a raw row of
 * either dialect into it: pg returns bigint and count() as strings and
 * timestamptz as Date; SQLite returns booleans as 0/1 and timestamps as text.
 */

export const VISIBILITIES = ['all', 'top10', 'self'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

// pg hands int8 and count() back as strings; only whole-number strings are accepted.
const int = z
  .union([z.number(), z.string().regex(/^-?\d+$/)])
  .transform(Number)
  .pipe(z.number().int());
const dbBoolean = z
  .union([z.boolean(), z.literal(0), z.literal(1)])
  .transform((v) => v === true || v === 1);
const timestamp = z.coerce.date().transform((date) => date.toISOString());
const jsonText = z.string().transform((text, ctx): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'stored JSON does not parse' });
    return z.NEVER;
  }
});

export const ClassroomRow = z
  .object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    scenario_id: z.string(),
    seed: int,
    visibility: z.enum(VISIBILITIES),
    closes_at: timestamp.nullable(),
    closed: dbBoolean,
    teacher_key_hash: z.string(),
    created_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    scenarioId: row.scenario_id,
    seed: row.seed,
    visibility: row.visibility,
    closesAt: row.closes_at,
    closed: row.closed,
    teacherKeyHash: row.teacher_key_hash,
    createdAt: row.created_at,
  }));
export type Classroom = z.output<typeof ClassroomRow>;

export const PlayerRow = z
  .object({
    id: z.string(),
    classroom_id: z.string(),
    nickname: z.string(),
    token_hash: z.string(),
    removed: dbBoolean,
    created_at: timestamp,
  })
  .transform((row) => ({
    id: row.id,
    classroomId: row.classroom_id,
    nickname: row.nickname,
    tokenHash: row.token_hash,
    removed: row.removed,
    createdAt: row.created_at,
  }));
export type Player = z.output<typeof PlayerRow>;

/** The columns of a run that listings need (no JSON payloads). */
const runSummaryColumns = {
  run_id: z.string(),
  board: z.string(),
  scenario_id: z.string(),
  player_id: z.string().nullable(),
  nickname: z.string(),
  score: int,
  status: z.string(),
  created_at: timestamp,
  seq: int,
};

const RunSummaryObject = z.object(runSummaryColumns);

function toRunSummary(row: z.output<typeof RunSummaryObject>) {
  return {
    runId: row.run_id,
    board: row.board,
    scenarioId: row.scenario_id,
    playerId: row.player_id,
    nickname: row.nickname,
    score: row.score,
    status: row.status,
    createdAt: row.created_at,
    seq: row.seq,
  };
}

export const RunSummaryRow = RunSummaryObject.transform(toRunSummary);
export type RunSummary = z.output<typeof RunSummaryRow>;

export const ClassroomRunRow = z
  .object({ ...runSummaryColumns, player_removed: dbBoolean })
  .transform((row) => ({ ...toRunSummary(row), playerRemoved: row.player_removed }));

const runColumns = {
  ...runSummaryColumns,
  seed: int,
  engine_version: z.string(),
  decisions_json: jsonText,
  content_hash: z.string(),
  breakdown_json: jsonText,
  final_indicators_json: jsonText,
  trajectory_json: jsonText,
};

function toRun(row: z.output<z.ZodObject<typeof runColumns>>) {
  return {
    ...toRunSummary(row),
    seed: row.seed,
    engineVersion: row.engine_version,
    decisions: row.decisions_json,
    contentHash: row.content_hash,
    breakdown: row.breakdown_json,
    finalIndicators: row.final_indicators_json,
    trajectory: row.trajectory_json,
  };
}

export const RunRow = z.object(runColumns).transform(toRun);
export type Run = z.output<typeof RunRow>;

/** A whole run of a classroom player, with whether the player was removed. */
export const ClassroomRunDetailRow = z
  .object({ ...runColumns, player_removed: dbBoolean })
  .transform((row) => ({ ...toRun(row), playerRemoved: row.player_removed }));
export type ClassroomRunDetail = z.output<typeof ClassroomRunDetailRow>;

/** Parses every row with a schema; a bad row is a storage bug, so it throws. */
export function parseRows<S extends z.ZodType>(schema: S, rows: readonly unknown[]): z.output<S>[] {
  return rows.map((row) => schema.parse(row));
}
