import { sql, type Kysely } from 'kysely';
import { addOneToHistograms, scoreBand } from './board-scores.js';
import type { DialectName } from './database.js';
import { dbBoolean, runSeqValue } from './dialect-helpers.js';
import { RunRow, type Run } from './records.js';
import type { InsertRunResult, NewRun } from './repository-types.js';
import { queryTemplate, type SlotOf } from './query-template.js';
import type { DatabaseSchema } from './tables.js';

/**
 * Storing one submitted run and counting it into its board's histograms.
 * ON CONFLICT DO NOTHING rather than catching a unique violation: a failed
 * statement would abort the whole pg transaction. Only seq comes back: the
 * rest of the row is what was just written.
 */

/** The columns a submit writes, as its statements' slots. */
type RunValues = ReturnType<typeof runValues>;

const insertRunRow = queryTemplate<RunValues, { seq: number | string }>((db, slot, dialect) =>
  db
    .insertInto('runs')
    .values({ ...slotsOf(slot), ...runSeqValue(dialect) })
    .onConflict((oc) => oc.column('run_id').doNothing())
    .returning('seq'),
);

const visiblePlayer = queryTemplate<{ playerId: string }, { removed: boolean | number }>(
  (db, slot, dialect) =>
    db
      .selectFrom('players')
      .select('removed')
      .where('id', '=', slot('playerId'))
      .where('removed', '=', dbBoolean(dialect, false)),
);

/** Statement by statement, inside the caller's transaction (SQLite, or any transaction). */
export async function insertRunInTransaction(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  input: NewRun,
  createdAt: string,
): Promise<InsertRunResult> {
  const [inserted] = await insertRunRow.run(db, dialect, runValues(input, createdAt));
  if (!inserted) return retried(db, input);
  const visible =
    input.playerId === null ||
    (await visiblePlayer.run(db, dialect, { playerId: input.playerId })).length > 0;
  if (visible) {
    await addOneToHistograms(db, dialect, { board: input.board, score: input.score, runs: 1 });
  }
  return {
    conflict: false,
    created: true,
    visible,
    run: writtenRun(input, createdAt, inserted.seq),
  };
}

/**
 * PostgreSQL, outside a transaction: the row and both histogram counts in one
 * statement (data-modifying WITH clauses), which is atomic by itself — one
 * round trip and one commit instead of five round trips (begin, insert, two
 * upserts, commit).
 */
export async function insertRunInOneStatement(
  db: Kysely<DatabaseSchema>,
  input: NewRun,
  createdAt: string,
): Promise<InsertRunResult> {
  const [inserted] = await insertRunWithCounts.run(db, 'postgres', {
    ...runValues(input, createdAt),
    band: scoreBand(input.score),
  });
  if (!inserted) return retried(db, input);
  return {
    conflict: false,
    created: true,
    visible: inserted.visible,
    run: writtenRun(input, createdAt, inserted.seq),
  };
}

const insertRunWithCounts = queryTemplate<
  RunValues & { band: number },
  { seq: number | string; visible: boolean }
>((db, slot) =>
  db
    .with('ins', (qb) =>
      qb
        .insertInto('runs')
        .values(slotsOf(slot))
        .onConflict((oc) => oc.column('run_id').doNothing())
        .returning(['seq', 'board', 'score', 'player_id']),
    )
    .with('vis', (qb) =>
      qb
        .selectFrom('ins')
        .leftJoin('players as p', 'p.id', 'ins.player_id')
        .select(['ins.board', 'ins.score'])
        .where((eb) => eb.or([eb('ins.player_id', 'is', null), eb('p.removed', '=', false)])),
    )
    .with('fine', (qb) =>
      qb
        .insertInto('board_scores')
        .columns(['board', 'score', 'runs'])
        .expression((eb) =>
          eb.selectFrom('vis').select(['board', 'score', sql<number>`1`.as('runs')]),
        )
        .onConflict((oc) =>
          oc
            .columns(['board', 'score'])
            .doUpdateSet({ runs: sql`board_scores.runs + excluded.runs` }),
        )
        .returning('board'),
    )
    .with('band', (qb) =>
      qb
        .insertInto('board_score_bands')
        .columns(['board', 'band', 'runs'])
        .expression((eb) =>
          eb
            .selectFrom('vis')
            .select([
              'board',
              sql<number>`cast(${slot('band')} as integer)`.as('band'),
              sql<number>`1`.as('runs'),
            ]),
        )
        .onConflict((oc) =>
          oc
            .columns(['board', 'band'])
            .doUpdateSet({ runs: sql`board_score_bands.runs + excluded.runs` }),
        )
        .returning('board'),
    )
    .selectFrom('ins')
    .select((eb) => ['ins.seq', eb.exists(eb.selectFrom('fine').select('board')).as('visible')]),
);

/** The runId is taken: the same run (a retry) or another one (a conflict). */
async function retried(db: Kysely<DatabaseSchema>, input: NewRun): Promise<InsertRunResult> {
  const existing = await findRun(db, input.runId);
  if (existing?.contentHash !== input.contentHash) return { conflict: true };
  return { conflict: false, created: false, run: existing };
}

export async function findRun(db: Kysely<DatabaseSchema>, runId: string): Promise<Run | null> {
  const row = await db
    .selectFrom('runs')
    .selectAll()
    .where('run_id', '=', runId)
    .executeTakeFirst();
  return row ? RunRow.parse(row) : null;
}

function runValues(input: NewRun, createdAt: string) {
  return {
    run_id: input.runId,
    board: input.board,
    scenario_id: input.scenarioId,
    seed: input.seed,
    engine_version: input.engineVersion,
    decisions_json: toJsonText(input.decisions, 'decisions'),
    content_hash: input.contentHash,
    player_id: input.playerId,
    nickname: input.nickname,
    score: input.score,
    breakdown_json: toJsonText(input.breakdown, 'breakdown'),
    final_indicators_json: toJsonText(input.finalIndicators, 'finalIndicators'),
    trajectory_json: toJsonText(input.trajectory, 'trajectory'),
    status: input.status,
    created_at: createdAt,
  };
}

/** The columns runValues writes (a column left out would fail the NOT NULL checks of every insert test). */
export const RUN_COLUMNS = [
  'run_id',
  'board',
  'scenario_id',
  'seed',
  'engine_version',
  'decisions_json',
  'content_hash',
  'player_id',
  'nickname',
  'score',
  'breakdown_json',
  'final_indicators_json',
  'trajectory_json',
  'status',
  'created_at',
] as const satisfies readonly (keyof RunValues)[];
/** Every column of runValues as a slot of a query template. */
function slotsOf(slot: SlotOf<RunValues>): RunValues {
  return Object.fromEntries(RUN_COLUMNS.map((column) => [column, slot(column)])) as RunValues;
}

/** The run as getRun reads it back, from what was just written (no second read of its JSON). */
function writtenRun(input: NewRun, createdAt: string, seq: number | string): Run {
  return {
    runId: input.runId,
    board: input.board,
    scenarioId: input.scenarioId,
    playerId: input.playerId,
    nickname: input.nickname,
    score: input.score,
    status: input.status,
    createdAt,
    seq: Number(seq),
    seed: input.seed,
    engineVersion: input.engineVersion,
    decisions: input.decisions,
    contentHash: input.contentHash,
    breakdown: input.breakdown,
    finalIndicators: input.finalIndicators,
    trajectory: input.trajectory,
  };
}

function toJsonText(value: unknown, field: string): string {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new TypeError(`${field} cannot be stored as JSON`);
  return text;
}
