import type { Kysely } from 'kysely';
import { SUMMARY_COLUMNS } from './board-queries.js';
import {
  ClassroomRunDetailRow,
  ClassroomRunRow,
  parseRows,
  type ClassroomRunDetail,
} from './records.js';
import type { ClassroomRun } from './repository-types.js';
import type { DatabaseSchema } from './tables.js';

/** A classroom's runs (those of its players, removed ones included), in submission order. */

export async function readClassroomRuns(
  db: Kysely<DatabaseSchema>,
  classroomId: string,
): Promise<ClassroomRun[]> {
  const rows = await db
    .selectFrom('runs as r')
    .innerJoin('players as p', 'p.id', 'r.player_id')
    .select([...SUMMARY_COLUMNS, 'p.removed as player_removed'])
    .where('p.classroom_id', '=', classroomId)
    .orderBy('r.seq', 'asc')
    .execute();
  return parseRows(ClassroomRunRow, rows);
}

export async function readClassroomRunDetails(
  db: Kysely<DatabaseSchema>,
  classroomId: string,
): Promise<ClassroomRunDetail[]> {
  const rows = await db
    .selectFrom('runs as r')
    .innerJoin('players as p', 'p.id', 'r.player_id')
    .selectAll('r')
    .select('p.removed as player_removed')
    .where('p.classroom_id', '=', classroomId)
    .orderBy('r.seq', 'asc')
    .execute();
  return parseRows(ClassroomRunDetailRow, rows);
}
