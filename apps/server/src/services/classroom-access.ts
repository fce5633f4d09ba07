import { classroomBoard } from '@smile-curve/domain';
import { fail } from '../errors.js';
import type { Classroom, Player, Repository } from '../storage/index.js';
import { hashSecret, secretMatches } from './secrets.js';

/** Finding a classroom, telling whether it is closed, and who is asking. */

export async function requireClassroom(repository: Repository, code: string): Promise<Classroom> {
  const classroom = await repository.getClassroomByCode(code);
  if (!classroom) fail('NOT_FOUND', `No class with the code ${code}.`);
  return classroom;
}

/** Closed by the teacher, or past its deadline. */
export function isClosed(classroom: Classroom, nowMs: number): boolean {
  return (
    classroom.closed || (classroom.closesAt !== null && Date.parse(classroom.closesAt) <= nowMs)
  );
}

/** Whether a teacher key opens this classroom (constant-time comparison of the hashes). */
export function isTeacherKey(classroom: Classroom, key: string | null | undefined): boolean {
  return typeof key === 'string' && key !== '' && secretMatches(key, classroom.teacherKeyHash);
}

/** The player a token belongs to in this classroom, removed players included; null if none. */
export async function playerOfToken(
  repository: Repository,
  classroom: Classroom,
  token: string | null | undefined,
): Promise<Player | null> {
  if (typeof token !== 'string' || token === '') return null;
  return repository.getPlayerByToken(classroom.id, hashSecret(token));
}

/** A player who may act in the classroom: FORBIDDEN for an unknown token or a removed player. */
export async function requirePlayer(
  repository: Repository,
  classroom: Classroom,
  token: string | null | undefined,
): Promise<Player> {
  const player = await playerOfToken(repository, classroom, token);
  if (!player) fail('FORBIDDEN', 'This player token does not belong to the class.');
  if (player.removed) fail('FORBIDDEN', 'The teacher removed this player from the class.');
  return player;
}

/** What anyone with the code may know about a classroom. */
export function classroomFacts(classroom: Classroom, nowMs: number, playerCount: number) {
  return {
    code: classroom.code,
    title: classroom.title,
    scenarioId: classroom.scenarioId,
    seed: classroom.seed,
    visibility: classroom.visibility,
    closed: isClosed(classroom, nowMs),
    closesAt: classroom.closesAt,
    createdAt: classroom.createdAt,
    board: classroomBoard(classroom.code),
    playerCount,
  };
}
export type ClassroomFacts = ReturnType<typeof classroomFacts>;
