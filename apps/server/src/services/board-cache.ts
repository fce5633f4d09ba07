import type { BoardPage, Repository } from '../storage/index.js';
import type { BoardEvents, BoardSubscription } from './board-events.js';

/**
 * Leaderboard reads from memory: the first page of a board (per limit) and
 * its size, the answers `leaderboards.top` gives most, are kept until the
 * board changes. The cache is a subscriber of BoardEvents, the same stream
 * live boards use, so whatever makes those events reach every instance (a
 * run submitted to another server process, a removed player) clears it there
 * too; writes through this repository also clear it at once, before their
 * events go out; and nothing is kept longer than MAX_AGE_MS. Pages after the
 * first (with a cursor) are not cached.
 */

/** Boards held at once; the least recently used is dropped beyond it. */
const MAX_BOARDS = 256;
/**
 * A read is trusted at most this long even without an event: it bounds how
 * stale a page can be when events do not reach this process (several
 * instances before board events cross them), within the live boards' 1 s.
 */
const MAX_AGE_MS = 1_000;

interface CachedBoard {
  subscription: BoardSubscription;
  /** 'size' or `top:<limit>` → the pending or settled read and when it started. */
  reads: Map<string, { read: Promise<unknown>; at: number }>;
}

class BoardCache {
  private readonly boards = new Map<string, CachedBoard>();

  constructor(
    private readonly events: BoardEvents,
    private readonly now: () => number,
  ) {}

  read<T>(board: string, key: string, load: () => Promise<T>): Promise<T> {
    const cached = this.board(board);
    const now = this.now();
    const hit = cached.reads.get(key);
    if (hit && now - hit.at < MAX_AGE_MS) return hit.read as Promise<T>;
    const read = load();
    const entry = { read, at: now };
    cached.reads.set(key, entry);
    // A failed read is not remembered.
    read.catch(() => {
      if (cached.reads.get(key) === entry) cached.reads.delete(key);
    });
    return read;
  }

  /** Forgets a board's reads (it changed); its subscription stays. */
  invalidate(board: string): void {
    this.boards.get(board)?.reads.clear();
  }

  invalidateAll(): void {
    for (const cached of this.boards.values()) cached.reads.clear();
  }

  private board(board: string): CachedBoard {
    const found = this.boards.get(board);
    if (found) {
      // Most recently used last.
      this.boards.delete(board);
      this.boards.set(board, found);
      return found;
    }
    // Subscribed before the first read, so no change can fall in between.
    const cached: CachedBoard = { subscription: this.events.subscribe(board), reads: new Map() };
    this.boards.set(board, cached);
    void this.follow(board, cached);
    for (const [oldest, entry] of this.boards) {
      if (this.boards.size <= MAX_BOARDS) break;
      this.boards.delete(oldest);
      entry.subscription.close();
    }
    return cached;
  }

  /** Clears the board on each of its events; forgets it when the subscription ends. */
  private async follow(board: string, cached: CachedBoard): Promise<void> {
    try {
      for await (const event of cached.subscription.events) {
        if (event.board === board) cached.reads.clear();
      }
    } catch {
      // The bus failed: stop trusting what is held for this board.
    } finally {
      cached.reads.clear();
      if (this.boards.get(board) === cached) this.boards.delete(board);
    }
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
    runsAfter: (board, afterSeq, limit) => repository.runsAfter(board, afterSeq, limit),
    listRunsOfClassroom: (classroomId) => repository.listRunsOfClassroom(classroomId),
    listRunDetailsOfClassroom: (classroomId) => repository.listRunDetailsOfClassroom(classroomId),
    ping: () => repository.ping(),
  };
}
