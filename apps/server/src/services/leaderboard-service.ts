import { fail } from '../errors.js';
import {
  InvalidCursorError,
  type Classroom,
  type Player,
  type RunSummary,
  type Visibility,
} from '../storage/index.js';
import { parseBoardKey } from './board-key.js';
import { isTeacherKey, playerOfToken, requireClassroom } from './classroom-access.js';
import type { Deps } from './deps.js';

/**
 * Reading leaderboards, with a classroom's visibility enforced here: `all`
 * shows everything, `top10` the first ten plus the caller's own place, `self`
 * only the caller's own place and the board size. The teacher sees everything.
 */

export interface Viewer {
  playerToken?: string | undefined;
  teacherKey?: string | null | undefined;
}

interface Access {
  board: string;
  /** What this viewer may see of the board. */
  view: Visibility;
  classroom: Classroom | null;
  /** The caller as a player of the board's classroom, if their token says so. */
  player: Player | null;
}

export async function boardAccess(deps: Deps, key: string, viewer: Viewer): Promise<Access> {
  const ref = parseBoardKey(key);
  if (!ref) fail('BAD_REQUEST', `"${key}" is not a leaderboard.`);
  if (ref.kind !== 'classroom') return { board: key, view: 'all', classroom: null, player: null };
  const classroom = await requireClassroom(deps.repository, ref.code);
  if (viewer.teacherKey != null) {
    if (!isTeacherKey(classroom, viewer.teacherKey)) {
      fail('FORBIDDEN', 'Wrong teacher key for this class.');
    }
    return { board: key, view: 'all', classroom, player: null };
  }
  const found = await playerOfToken(deps.repository, classroom, viewer.playerToken);
  const player = found && !found.removed ? found : null;
  return { board: key, view: classroom.visibility, classroom, player };
}

function entryOf(run: RunSummary & { rank: number }) {
  return {
    rank: run.rank,
    runId: run.runId,
    playerId: run.playerId,
    nickname: run.nickname,
    score: run.score,
    status: run.status,
    createdAt: run.createdAt,
    seq: run.seq,
  };
}
export type BoardEntry = ReturnType<typeof entryOf>;

/** The caller's best run on the board and its place. */
async function ownPlace(deps: Deps, access: Access) {
  if (!access.classroom || !access.player) return null;
  const playerId = access.player.id;
  const own = (await deps.repository.listRunsOfClassroom(access.classroom.id)).filter(
    (run) => run.playerId === playerId && run.board === access.board,
  );
  const best = own.reduce<RunSummary | null>(
    (top, run) => (top === null || run.score > top.score ? run : top),
    null,
  );
  if (!best) return null;
  const place = await deps.repository.rankOf(access.board, best.runId);
  return place && { runId: best.runId, score: best.score, ...place };
}

const TOP_TEN = 10;

export async function topOfBoard(
  deps: Deps,
  input: { board: string; limit: number; cursor?: string | undefined } & Viewer,
) {
  const access = await boardAccess(deps, input.board, input);
  const boardSize = await deps.repository.boardSize(access.board);
  const me = await ownPlace(deps, access);
  const base = { board: access.board, visibility: access.view, boardSize, me };
  switch (access.view) {
    case 'self':
      return { ...base, entries: [] as BoardEntry[], nextCursor: null };
    case 'top10': {
      const page = await deps.repository.topOfBoard(access.board, Math.min(input.limit, TOP_TEN));
      return { ...base, entries: page.entries.map(entryOf), nextCursor: null };
    }
    case 'all':
      try {
        const page = await deps.repository.topOfBoard(access.board, input.limit, input.cursor);
        return { ...base, entries: page.entries.map(entryOf), nextCursor: page.nextCursor };
      } catch (error) {
        if (error instanceof InvalidCursorError) fail('BAD_REQUEST', 'Invalid leaderboard cursor.');
        throw error;
      }
  }
}

export async function rankOnBoard(deps: Deps, input: { board: string; runId: string } & Viewer) {
  const access = await boardAccess(deps, input.board, input);
  const place = await deps.repository.rankOf(access.board, input.runId);
  if (!place) fail('NOT_FOUND', 'That run is not on this board.');
  if (access.view !== 'all') {
    const run = await deps.repository.getRun(input.runId);
    const own = access.player !== null && run?.playerId === access.player.id;
    const public10 = access.view === 'top10' && place.rank <= TOP_TEN;
    if (!own && !public10) fail('FORBIDDEN', 'This class shows each student only their own place.');
  }
  return { runId: input.runId, ...place };
}
