import type { BoardPage, Repository } from '../storage/index.js';
import type { BoardEvents } from './board-events.js';

/**
 * Leaderboard reads from memory: the first page of a board (per limit) and
 * its size, the answers `leaderboards.top` gives most, are kept until the
 * board changes. The cache watches BoardEvents, the same stream live boards
 * use, so whatever makes those events reach every instance (a run submitted
 * to another server process, a removed player) clears it there too, and a
 * resync (the cross-instance link was down) clears everything; writes through
 * this repository also clear it at once, before their events go out; and
 * nothing is kept longer than MAX_AGE_MS. Pages after the first (with a
 * cursor) are not cached.
 */

/** Boards held at once; the least recently used is dropped beyond it. */
const MAX_BOARDS = 256;
/**
 * A read is trusted at most this long even without an event: a safety net
 * for a change whose event never arrives, well within the live boards' 1 s.
 */
const MAX_AGE_MS = 1_000;

/** 'size' or `top:<limit>` → the pending or settled read and when it started. */
type BoardReads = Map<string, { read: Promise<unknown>; at: number }>;

class BoardCache {
  private readonly boards = new Map<string, BoardReads>();

  constructor(
    events: BoardEvents,
    private readonly now: () => number,
  ) {
    events.watch({
      event: (event) => {
        this.invalidate(event.board);
      },
      resync: () => {
        this.invalidateAll();
      },
    });
  }

  read<T>(board: string, key: string, load: () => Promise<T>): Promise<T> {
    const reads = this.board(board);
    const now = this.now();
    const hit = reads.get(key);
    if (hit && now - hit.at < MAX_AGE_MS) return hit.read as Promise<T>;
    const read = load();
    const entry = { read, at: now };
    reads.set(key, entry);
    // A failed read is not remembered.
    read.catch(() => {
      if (reads.get(key) === entry) reads.delete(key);
    });
    return read;
  }

  /** Forgets a board's reads (it changed). */
  invalidate(board: string): void {
    this.boards.get(board)?.clear();
  }

  invalidateAll(): void {
    this.boards.clear();
  }

  private board(board: string): BoardReads {
    const found = this.boards.get(board);
    if (found) {
      // Most recently used last.
      this.boards.delete(board);
      this.boards.set(board, found);
      return found;
    }
    const reads: BoardReads = new Map();
    this.boards.set(board, reads);
    for (const oldest of this.boards.keys()) {
      if (this.boards.size <= MAX_BOARDS) break;
      this.boards.delete(oldest);
    }
    return reads;
  }
}

/** The repository with its first leaderboard pages and board sizes served from memory. */
export function withBoardCache(
  repository: Repository,
  events: BoardEvents,
  now: () => number = Date.now,
): Repository {
  const cache = new BoardCache(events, now);
  return {
    dialect: repository.dialect,
    topOfBoard(board, limit, cursor): Promise<BoardPage> {
      if (cursor !== undefined) return repository.topOfBoard(board, limit, cursor);
      return cache.read(board, `top:${limit}`, () => repository.topOfBoard(board, limit));
    },
    boardSize(board) {
      return cache.read(board, 'size', () => repository.boardSize(board));
    },
    async insertRun(input) {
      try {
        return await repository.insertRun(input);
      } finally {
        cache.invalidate(input.board);
      }
    },
    async insertImportedRuns(runs) {
      try {
        return await repository.insertImportedRuns(runs);
      } finally {
        cache.invalidateAll();
      }
    },
    async removePlayer(classroomId, playerId) {
      try {
        return await repository.removePlayer(classroomId, playerId);
      } finally {
        cache.invalidateAll();
      }
    },
    async deleteClassroom(classroomId, board) {
      try {
        return await repository.deleteClassroom(classroomId, board);
      } finally {
        cache.invalidateAll();
      }
    },
    async transaction(work) {
      try {
        return await repository.transaction(work);
      } finally {
        cache.invalidateAll();
      }
    },
    createClassroom: (input) => repository.createClassroom(input),
    getClassroomByCode: (code) => repository.getClassroomByCode(code),
    setClassroomClosed: (id, closed, options) => repository.setClassroomClosed(id, closed, options),
    addPlayer: (input) => repository.addPlayer(input),
    getPlayerByToken: (classroomId, tokenHash) =>
      repository.getPlayerByToken(classroomId, tokenHash),
    listPlayers: (classroomId) => repository.listPlayers(classroomId),
    getRun: (runId) => repository.getRun(runId),
    rankOf: (board, runId) => repository.rankOf(board, runId),
    rankAt: (board, score, seq) => repository.rankAt(board, score, seq),
    runsAfter: (board, afterSeq, limit) => repository.runsAfter(board, afterSeq, limit),
    listRunsOfClassroom: (classroomId) => repository.listRunsOfClassroom(classroomId),
    listRunDetailsOfClassroom: (classroomId) => repository.listRunDetailsOfClassroom(classroomId),
    ping: () => repository.ping(),
  };
}
