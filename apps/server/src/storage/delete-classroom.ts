import type { Kysely } from 'kysely';
import { subtractFromHistograms } from './board-scores.js';
import type { DialectName } from './database.js';
import { dbBoolean } from './dialect-helpers.js';
import type { DatabaseSchema } from './tables.js';

/** What deleting a classroom took away. */
export interface DeletedClassroom {
  players: number;
  runs: number;
}

/**
 * Deletes a classroom and everything of it: the runs on its board and any
 * other run by its players, their score-histogram contributions (the whole
 * class board's histogram, and the players' visible runs elsewhere, of which
 * a submit never makes any), the players and the classroom row. Runs go
 * first: deleting a player would only null their runs' player_id. Call it
 * inside a transaction (the repository does). Null when no such classroom.
 */
export async function deleteClassroom(
  db: Kysely<DatabaseSchema>,
  dialect: DialectName,
  classroomId: string,
  board: string,
): Promise<DeletedClassroom | null> {
  const classroom = await db
    .selectFrom('classrooms')
    .select('id')
    .where('id', '=', classroomId)
    .executeTakeFirst();
  if (!classroom) return null;

  const players = db.selectFrom('players').select('id').where('classroom_id', '=', classroomId);
  const elsewhere = await db
    .selectFrom('runs as r')
    .innerJoin('players as p', 'p.id', 'r.player_id')
    .select(['r.board', 'r.score', (eb) => eb.fn.countAll().as('n')])
    .where('p.classroom_id', '=', classroomId)
    .where('p.removed', '=', dbBoolean(dialect, false))
    .where('r.board', '<>', board)
    .groupBy(['r.board', 'r.score'])
    .execute();
  await subtractFromHistograms(db, elsewhere);
  await db.deleteFrom('board_scores').where('board', '=', board).execute();
  await db.deleteFrom('board_score_bands').where('board', '=', board).execute();

  const runs = await db
    .deleteFrom('runs')
    .where((eb) => eb.or([eb('board', '=', board), eb('player_id', 'in', players)]))
    .executeTakeFirst();
  const gone = await db
    .deleteFrom('players')
    .where('classroom_id', '=', classroomId)
    .executeTakeFirst();
  await db.deleteFrom('classrooms').where('id', '=', classroomId).execute();
  return { players: Number(gone.numDeletedRows), runs: Number(runs.numDeletedRows) };
}
