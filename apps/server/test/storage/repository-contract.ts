import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidCursorError,
  migrateToLatest,
  type NewRun,
  type OpenedDatabase,
  type Repository,
} from '../../src/storage/index.js';

export interface ContractSubject {
  repository: Repository;
  database: OpenedDatabase;
  close(): Promise<void>;
}

/** Unique per call, so tests sharing one database never see each other's rows. */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export function newRun(overrides: Partial<NewRun> = {}): NewRun {
  return {
    runId: randomUUID(),
    board: 'global',
    scenarioId: 'dongguan-2008',
    seed: 4_294_967_295, // above int4: seeds are bigint
    engineVersion: '0.1.0',
    decisions: [{ year: 2008, budget: { appliedRnd: 3, process: 7 } }],
    contentHash: 'hash-a',
    playerId: null,
    nickname: 'Ming',
    score: 100,
    breakdown: { margin: 60, innovation: 40 },
    finalIndicators: { mode: 'ODM', position: 0.42 },
    trajectory: [{ year: 2008, position: 0.1 }],
    status: 'finished',
    ...overrides,
  };
}

/** Classrooms and players made for a contract test. */
export function contractFixtures(repo: () => Repository) {
  const classroom = async (visibility: 'all' | 'top10' | 'self' = 'all') => {
    const result = await repo().createClassroom({
      code: unique('C'),
      title: 'Class 3B',
      scenarioId: 'dongguan-2008',
      seed: 123_456_789_012,
      visibility,
      closesAt: '2030-06-01T12:00:00.000Z',
      teacherKeyHash: 'teacher-hash',
    });
    if (result.conflict) throw new Error('unexpected classroom code conflict');
    return result.classroom;
  };
  const player = async (classroomId: string, nickname = unique('p')) => {
    const result = await repo().addPlayer({ classroomId, nickname, tokenHash: unique('token') });
    if (result.conflict) throw new Error('unexpected nickname conflict');
    return result.player;
  };
  return { classroom, player };
}

/**
 * The behaviour every Repository must show, whatever the database. Each
 * dialect's test file runs it against a real database of its own.
 */
export function describeRepositoryContract(
  name: string,
  makeRepo: () => Promise<ContractSubject>,
): void {
  describe(`Repository contract: ${name}`, () => {
    let subject: ContractSubject;
    let repo: Repository;

    beforeAll(async () => {
      subject = await makeRepo();
      repo = subject.repository;
    });
    afterAll(async () => {
      await subject.close();
    });

    const { classroom, player } = contractFixtures(() => repo);

    it('answers ping and migrates idempotently (a second run applies nothing)', async () => {
      await expect(repo.ping()).resolves.toBeUndefined();
      await expect(migrateToLatest(subject.database)).resolves.toEqual([]);
      await expect(migrateToLatest(subject.database)).resolves.toEqual([]);
    });

    it('creates a classroom and reads it back by code; a taken code is a conflict', async () => {
      const created = await classroom('top10');
      expect(created).toMatchObject({
        title: 'Class 3B',
        seed: 123_456_789_012,
        visibility: 'top10',
        closesAt: '2030-06-01T12:00:00.000Z',
        closed: false,
      });
      expect(await repo.getClassroomByCode(created.code)).toEqual(created);
      expect(await repo.getClassroomByCode('NOPE-NONE')).toBeNull();
      const again = await repo.createClassroom({ ...created, closesAt: null });
      expect(again).toEqual({ conflict: true });

      expect(await repo.setClassroomClosed(created.id, true)).toBe(true);
      expect((await repo.getClassroomByCode(created.code))?.closed).toBe(true);
      expect(await repo.setClassroomClosed(randomUUID(), true)).toBe(false);
    });

    it('refuses a nickname already taken in the same classroom, not in another', async () => {
      const a = await classroom();
      const b = await classroom();
      await player(a.id, 'Lin');
      const dup = await repo.addPlayer({ classroomId: a.id, nickname: 'Lin', tokenHash: 'x' });
      expect(dup).toEqual({ conflict: true });
      const elsewhere = await repo.addPlayer({
        classroomId: b.id,
        nickname: 'Lin',
        tokenHash: 'y',
      });
      expect(elsewhere.conflict).toBe(false);
      expect((await repo.listPlayers(a.id)).map((p) => p.nickname)).toEqual(['Lin']);
    });

    it('refuses a nickname that differs from a taken one only in case', async () => {
      const room = await classroom();
      await player(room.id, 'Lin Wei');
      expect(
        await repo.addPlayer({ classroomId: room.id, nickname: 'LIN WEI', tokenHash: 'x' }),
      ).toEqual({ conflict: true });
      expect(
        await repo.addPlayer({ classroomId: room.id, nickname: 'Ärger', tokenHash: 'y' }),
      ).toMatchObject({ conflict: false });
      expect(
        await repo.addPlayer({ classroomId: room.id, nickname: 'äRGER', tokenHash: 'z' }),
      ).toEqual({ conflict: true });
      expect((await repo.listPlayers(room.id)).map((p) => p.nickname)).toEqual([
        'Lin Wei',
        'Ärger',
      ]);
    });

    it('finds a player by token within its classroom and marks removal', async () => {
      const room = await classroom();
      const other = await classroom();
      const p = await player(room.id);
      expect(await repo.getPlayerByToken(room.id, p.tokenHash)).toEqual(p);
      expect(await repo.getPlayerByToken(other.id, p.tokenHash)).toBeNull();
      expect(await repo.getPlayerByToken(room.id, 'wrong')).toBeNull();

      expect(await repo.removePlayer(other.id, p.id)).toBe(false);
      expect(await repo.removePlayer(room.id, p.id)).toBe(true);
      expect(await repo.getPlayerByToken(room.id, p.tokenHash)).toMatchObject({ removed: true });
    });

    it('stores a run once: same content → the same row, different content → conflict', async () => {
      const run = newRun({ board: unique('b') });
      const first = await repo.insertRun(run);
      if (first.conflict) throw new Error('first insert conflicted');
      expect(first.created).toBe(true);
      expect(first.run).toMatchObject({ ...run, seed: 4_294_967_295 });

      const again = await repo.insertRun({ ...run, score: 999 });
      expect(again).toEqual({ conflict: false, created: false, run: first.run });
      expect(await repo.insertRun({ ...run, contentHash: 'hash-b' })).toEqual({ conflict: true });
      expect(await repo.getRun(run.runId)).toEqual({ ...first.run, playerRemoved: false });
      expect(await repo.getRun(randomUUID())).toBeNull();
    });

    it('orders a board by score, ties to the earlier submission', async () => {
      const board = unique('b');
      const ids: string[] = [];
      for (const score of [50, 80, 80, 20, 80]) {
        const run = newRun({ board, score });
        ids.push(run.runId);
        await repo.insertRun(run);
      }
      const page = await repo.topOfBoard(board, 10);
      expect(page.entries.map((e) => [e.runId, e.rank])).toEqual([
        [ids[1], 1],
        [ids[2], 2],
        [ids[4], 3],
        [ids[0], 4],
        [ids[3], 5],
      ]);
      expect(page.nextCursor).toBeNull();
      expect(await repo.rankOf(board, ids[4] ?? '')).toEqual({ rank: 3, boardSize: 5 });
      expect(await repo.rankOf(board, ids[3] ?? '')).toEqual({ rank: 5, boardSize: 5 });
      expect(await repo.rankOf(board, randomUUID())).toBeNull();
      expect(await repo.rankOf(unique('other'), ids[0] ?? '')).toBeNull();
    });

    it('pages through a board with a cursor, ranks continuing across pages', async () => {
      const board = unique('b');
      for (const score of [10, 30, 30, 30, 20, 50, 30, 10]) {
        await repo.insertRun(newRun({ board, score }));
      }
      const whole = (await repo.topOfBoard(board, 100)).entries;
      const paged = [];
      let cursor: string | undefined;
      do {
        const page = await repo.topOfBoard(board, 3, cursor);
        expect(page.entries.length).toBeLessThanOrEqual(3);
        paged.push(...page.entries);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      expect(paged).toEqual(whole);
      expect(paged.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      await expect(repo.topOfBoard(board, 3, 'not-a-cursor')).rejects.toThrow(InvalidCursorError);
      await expect(repo.topOfBoard(board, 0)).rejects.toThrow(RangeError);
    });

    it("leaves a removed player's runs out of the board and rankOf", async () => {
      const room = await classroom();
      const kept = await player(room.id);
      const gone = await player(room.id);
      const board = unique('b');
      const top = newRun({ board, score: 90, playerId: gone.id, nickname: gone.nickname });
      const mid = newRun({ board, score: 70, playerId: kept.id, nickname: kept.nickname });
      const low = newRun({ board, score: 40 }); // anonymous runs stay on the board
      for (const run of [top, mid, low]) await repo.insertRun(run);
      expect(await repo.rankOf(board, mid.runId)).toEqual({ rank: 2, boardSize: 3 });

      await repo.removePlayer(room.id, gone.id);
      const page = await repo.topOfBoard(board, 10);
      expect(page.entries.map((e) => e.runId)).toEqual([mid.runId, low.runId]);
      expect(await repo.rankOf(board, mid.runId)).toEqual({ rank: 1, boardSize: 2 });
      expect(await repo.rankOf(board, top.runId)).toBeNull();
      expect((await repo.getRun(top.runId))?.playerRemoved).toBe(true);
      expect((await repo.getRun(mid.runId))?.playerRemoved).toBe(false);

      const runs = await repo.listRunsOfClassroom(room.id);
      expect(runs.map((r) => [r.runId, r.playerRemoved])).toEqual([
        [top.runId, true],
        [mid.runId, false],
      ]);
    });

    it('stores 200 concurrent submissions to one board exactly once each', async () => {
      const board = unique('b');
      const runs = Array.from({ length: 200 }, (_, i) => newRun({ board, score: i % 7 }));
      const results = await Promise.all(runs.map((run) => repo.insertRun(run)));
      expect(results.every((r) => !r.conflict && r.created)).toBe(true);

      const page = await repo.topOfBoard(board, 200);
      expect(page.entries).toHaveLength(200);
      expect(new Set(page.entries.map((e) => e.runId)).size).toBe(200);
      expect(new Set(page.entries.map((e) => e.seq)).size).toBe(200);
      const last = page.entries.at(-1);
      expect(await repo.rankOf(board, last?.runId ?? '')).toEqual({ rank: 200, boardSize: 200 });
    });

    it('ranks every run as the board orders it, across score bands, imports and removals', async () => {
      const room = await classroom();
      const gone = await player(room.id);
      const board = unique('b');
      // Band edges (a band is 64 scores wide), ties inside and across bands, a wide range,
      // negative scores (rankOf works out a run's band in SQL: floor division below zero).
      const scores = [0, 1, 63, 64, 65, 127, 128, 128, 191, 192, 640, 641, 5000, 64, 63, 0];
      scores.push(-1, -63, -64, -65, -128, -129, -1, -64);
      for (let i = 0; i < 120; i++) scores.push((i * 37) % 700);
      for (const [i, score] of scores.entries()) {
        const byGone = i % 9 === 4;
        await repo.insertRun(
          newRun(
            byGone
              ? { board, score, playerId: gone.id, nickname: gone.nickname }
              : { board, score },
          ),
        );
      }
      await repo.insertImportedRuns(
        [3, 64, 129, 700, 5000].map((score) => ({
          ...newRun({ board, score }),
          createdAt: '2026-01-01T00:00:00.000Z',
        })),
      );
      await repo.removePlayer(room.id, gone.id);
      const all = [];
      let cursor: string | undefined;
      do {
        const page = await repo.topOfBoard(board, 100, cursor);
        all.push(...page.entries);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      const visible = scores.length + 5 - scores.filter((_, i) => i % 9 === 4).length;
      expect(all).toHaveLength(visible);
      expect(await repo.boardSize(board)).toBe(visible);
      for (const entry of all) {
        const place = { rank: entry.rank, boardSize: visible };
        expect(await repo.rankOf(board, entry.runId)).toEqual(place);
        expect(await repo.rankAt(board, entry.score, entry.seq)).toEqual(place);
      }
    });

    it('keeps one row when the same run arrives many times at once', async () => {
      const run = newRun({ board: unique('b') });
      const results = await Promise.all(Array.from({ length: 20 }, () => repo.insertRun(run)));
      const created = results.filter((r) => !r.conflict && r.created);
      const repeated = results.filter((r) => !r.conflict && !r.created);
      expect(created).toHaveLength(1);
      expect(repeated).toHaveLength(19);
      expect((await repo.topOfBoard(run.board, 10)).entries).toHaveLength(1);
    });

    it('leaves nothing half-written when a transaction fails', async () => {
      const code = unique('C');
      const nickname = unique('p');
      const run = newRun({ board: unique('b'), playerId: randomUUID() }); // no such player
      const attempt = repo.transaction(async (tx) => {
        const made = await tx.createClassroom({
          code,
          title: 'Doomed',
          scenarioId: 's',
          seed: 1,
          visibility: 'all',
          closesAt: null,
          teacherKeyHash: 'h',
        });
        if (made.conflict) throw new Error('unexpected conflict');
        await tx.addPlayer({ classroomId: made.classroom.id, nickname, tokenHash: 't' });
        await tx.insertRun(run); // violates the player foreign key
      });
      await expect(attempt).rejects.toThrow();
      expect(await repo.getClassroomByCode(code)).toBeNull();
      expect(await repo.getRun(run.runId)).toBeNull();

      await expect(repo.insertRun(run)).rejects.toThrow();
      expect(await repo.getRun(run.runId)).toBeNull();
      expect(await repo.rankOf(run.board, run.runId)).toBeNull();
    });

    it('commits every write of a transaction that succeeds', async () => {
      const room = await classroom();
      const board = unique('b');
      const stored = await repo.transaction(async (tx) => {
        const added = await tx.addPlayer({ classroomId: room.id, nickname: 'Wei', tokenHash: 't' });
        if (added.conflict) throw new Error('unexpected conflict');
        return tx.insertRun(newRun({ board, playerId: added.player.id, nickname: 'Wei' }));
      });
      expect(stored).toMatchObject({ conflict: false, created: true });
      expect(await repo.listRunsOfClassroom(room.id)).toHaveLength(1);
    });
  });
}
