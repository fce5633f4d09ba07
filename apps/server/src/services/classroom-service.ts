import { randomInt } from 'node:crypto';
import { MAX_SEED, classroomBoard, getScenario } from '@smile-curve/domain';
import { fail } from '../errors.js';
import type { Classroom, Player, Visibility } from '../storage/index.js';
import {
  classroomFacts,
  isClosed,
  playerOfToken,
  requireClassroom,
  requirePlayer,
} from './classroom-access.js';
import type { Deps } from './deps.js';
import { nicknameKey, suggestNickname } from './nickname.js';
import { hashSecret, randomClassroomCode, randomSecret } from './secrets.js';

/** Creating, joining and running a classroom competition. */

const CODE_ATTEMPTS = 10;

export interface CreateClassroomInput {
  title: string;
  scenarioId: string;
  seed?: number | undefined;
  visibility: Visibility;
  closesAt?: string | undefined;
}

/** Where students open the game to join; PUBLIC_URL wins over the request's own origin. */
function joinUrl(deps: Deps, origin: string | null, code: string): string {
  return `${deps.config.PUBLIC_URL ?? origin ?? ''}/join/${code}`;
}

export async function createClassroom(
  deps: Deps,
  input: CreateClassroomInput,
  origin: string | null,
  newCode: () => string = randomClassroomCode,
) {
  if (!getScenario(input.scenarioId))
    fail('BAD_REQUEST', `Unknown scenario "${input.scenarioId}".`);
  const closesAt = input.closesAt === undefined ? null : new Date(input.closesAt).toISOString();
  if (closesAt !== null && Date.parse(closesAt) <= deps.now()) {
    fail('BAD_REQUEST', 'closesAt must be in the future.');
  }
  const teacherKey = randomSecret();
  const seed = input.seed ?? randomInt(0, MAX_SEED + 1);
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const created = await deps.repository.createClassroom({
      code: newCode(),
      title: input.title,
      scenarioId: input.scenarioId,
      seed,
      visibility: input.visibility,
      closesAt,
      teacherKeyHash: hashSecret(teacherKey),
    });
    if (!created.conflict) {
      const { classroom } = created;
      return {
        code: classroom.code,
        joinUrl: joinUrl(deps, origin, classroom.code),
        /** Shown once: only its hash is stored. */
        teacherKey,
        classroom: classroomFacts(classroom, deps.now(), 0),
      };
    }
  }
  throw new Error(`No free classroom code after ${CODE_ATTEMPTS} attempts`);
}

function joined(classroom: Classroom, player: Player, playerToken: string, nowMs: number) {
  return {
    playerToken,
    playerId: player.id,
    nickname: player.nickname,
    code: classroom.code,
    title: classroom.title,
    scenarioId: classroom.scenarioId,
    seed: classroom.seed,
    visibility: classroom.visibility,
    closed: isClosed(classroom, nowMs),
    board: classroomBoard(classroom.code),
  };
}

/**
 * Joins a class under a nickname; with the token of an existing player it is a
 * rejoin (after a page reload) and returns that same player, even once closed.
 */
export async function joinClassroom(
  deps: Deps,
  input: { code: string; nickname: string; playerToken?: string | undefined },
) {
  const classroom = await requireClassroom(deps.repository, input.code);
  const now = deps.now();
  const known = await playerOfToken(deps.repository, classroom, input.playerToken);
  if (known && input.playerToken !== undefined) {
    if (known.removed) fail('FORBIDDEN', 'The teacher removed this player from the class.');
    return joined(classroom, known, input.playerToken, now);
  }
  if (isClosed(classroom, now)) fail('PRECONDITION_FAILED', 'This class is closed.');
  // The unique (classroom, nickname key) index decides; only a refusal lists the class.
  const playerToken = randomSecret();
  const added = await deps.repository.addPlayer({
    classroomId: classroom.id,
    nickname: input.nickname,
    tokenHash: hashSecret(playerToken),
  });
  if (added.conflict) {
    const players = await deps.repository.listPlayers(classroom.id);
    const taken = new Set(players.map((player) => nicknameKey(player.nickname)));
    taken.add(nicknameKey(input.nickname));
    fail('CONFLICT', `The nickname "${input.nickname}" is taken in this class.`, {
      suggestion: suggestNickname(taken, input.nickname),
    });
  }
  return joined(classroom, added.player, playerToken, now);
}

export async function getClassroom(deps: Deps, code: string) {
  const classroom = await requireClassroom(deps.repository, code);
  const players = await deps.repository.listPlayers(classroom.id);
  const present = players.filter((player) => !player.removed).length;
  return classroomFacts(classroom, deps.now(), present);
}

export async function setClosed(deps: Deps, classroom: Classroom, closed: boolean) {
  // Reopening a class past its deadline drops the deadline, or it would stay closed.
  const clearDeadline = !closed && isClosed({ ...classroom, closed: false }, deps.now());
  await deps.repository.setClassroomClosed(classroom.id, closed, { clearDeadline });
  return getClassroom(deps, classroom.code);
}

/** Moderation: the player's runs leave every board and every export; the nickname stays taken. */
export async function removePlayer(deps: Deps, classroom: Classroom, playerId: string) {
  const removed = await deps.repository.removePlayer(classroom.id, playerId);
  if (!removed) fail('NOT_FOUND', 'No such player in this class.');
  deps.progress.forget(classroom.id, playerId);
  deps.events.publish({ kind: 'reset', board: classroomBoard(classroom.code) });
  return { playerId, removed: true as const };
}

/**
 * Deletes the class for good: its runs, their place on its board, its players
 * and the class itself, in one transaction. Live boards hear a reset (on every
 * instance), which also clears their cached pages; the class then answers NOT_FOUND.
 */
export async function deleteClassroom(deps: Deps, classroom: Classroom) {
  const players = await deps.repository.listPlayers(classroom.id);
  const board = classroomBoard(classroom.code);
  const deleted = await deps.repository.deleteClassroom(classroom.id, board);
  if (!deleted) fail('NOT_FOUND', `No class with the code ${classroom.code}.`);
  for (const player of players) deps.progress.forget(classroom.id, player.id);
  deps.events.publish({ kind: 'reset', board });
  return { code: classroom.code, deleted: true as const, ...deleted };
}

/** A student's "I am on year N" ping, for the teacher's dashboard (kept in memory only). */
export async function recordProgress(
  deps: Deps,
  input: { code: string; playerToken: string; year: number },
) {
  const classroom = await requireClassroom(deps.repository, input.code);
  const player = await requirePlayer(deps.repository, classroom, input.playerToken);
  const scenario = getScenario(classroom.scenarioId);
  if (scenario) {
    const first = scenario.startYear;
    const last = scenario.startYear + scenario.years;
    if (input.year < first || input.year > last) {
      fail('BAD_REQUEST', `year must be from ${first} to ${last} in this scenario.`);
    }
  }
  return deps.progress.record(classroom.id, player.id, input.year, deps.now());
}
