import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../src/storage/index.js';
import { contractFixtures, newRun, unique, type ContractSubject } from './repository-contract.js';

/** Deleting a classroom, on every Repository: all of it goes, nothing else does. */
export function describeDeleteContract(
  name: string,
  makeRepo: () => Promise<ContractSubject>,
): void {
  describe(`Repository contract (deleting a classroom): ${name}`, () => {
    let subject: ContractSubject;
    let repo: Repository;
    const { classroom, player } = contractFixtures(() => repo);

    beforeAll(async () => {
      subject = await makeRepo();
      repo = subject.repository;
    });
    afterAll(async () => {
      await subject.close();
    });

    it('deletes the classroom, its players, their runs and its board in one go', async () => {
      const room = await classroom();
      const other = await classroom();
      const board = unique('class');
      const otherBoard = unique('class');
      const elsewhere = unique('global');
      const [lin, fang, gone, stays] = [
        await player(room.id),
        await player(room.id),
        await player(room.id),
        await player(other.id),
      ];
      const runs = [
        newRun({ board, playerId: lin.id, nickname: lin.nickname, score: 50 }),
        newRun({ board, playerId: fang.id, nickname: fang.nickname, score: 30 }),
        newRun({ board, playerId: gone.id, nickname: gone.nickname, score: 40 }),
        // A class player's run on another board leaves that board's histogram too.
        newRun({ board: elsewhere, playerId: lin.id, nickname: lin.nickname, score: 20 }),
        newRun({ board: elsewhere, score: 20 }),
        newRun({ board: otherBoard, playerId: stays.id, nickname: stays.nickname, score: 10 }),
      ];
      for (const run of runs) await repo.insertRun(run);
      await repo.removePlayer(room.id, gone.id);
      expect(await repo.boardSize(board)).toBe(2);
      expect(await repo.boardSize(elsewhere)).toBe(2);

      expect(await repo.deleteClassroom(room.id, board)).toEqual({ players: 3, runs: 4 });

      expect(await repo.getClassroomByCode(room.code)).toBeNull();
      expect(await repo.listPlayers(room.id)).toEqual([]);
      expect(await repo.listRunsOfClassroom(room.id)).toEqual([]);
      for (const run of runs.slice(0, 4)) expect(await repo.getRun(run.runId)).toBeNull();
      expect(await repo.boardSize(board)).toBe(0);
      expect(await repo.topOfBoard(board, 10)).toEqual({ entries: [], nextCursor: null });
      const db = subject.database.db;
      const histogram = await db
        .selectFrom('board_scores')
        .select('runs')
        .where('board', '=', board)
        .execute();
      expect(histogram).toEqual([]);
      const bands = await db
        .selectFrom('board_score_bands')
        .select('runs')
        .where('board', '=', board)
        .execute();
      expect(bands).toEqual([]);

      // Everything else is as it was.
      expect(await repo.boardSize(elsewhere)).toBe(1);
      expect(await repo.rankOf(elsewhere, runs[4]?.runId ?? '')).toEqual({ rank: 1, boardSize: 1 });
      expect(await repo.getClassroomByCode(other.code)).toMatchObject({ id: other.id });
      expect((await repo.listPlayers(other.id)).map((p) => p.id)).toEqual([stays.id]);
      expect((await repo.listRunsOfClassroom(other.id)).map((r) => r.runId)).toEqual([
        runs[5]?.runId,
      ]);
      expect(await repo.boardSize(otherBoard)).toBe(1);
    });

    it('answers null for a classroom that is not there, and deletes nothing', async () => {
      const room = await classroom();
      await player(room.id);
      expect(await repo.deleteClassroom(unique('missing'), unique('class'))).toBeNull();
      expect(await repo.listPlayers(room.id)).toHaveLength(1);
    });

    it('rolls back with the transaction it runs in', async () => {
      const room = await classroom();
      const lin = await player(room.id);
      const board = unique('class');
      await repo.insertRun(newRun({ board, playerId: lin.id, nickname: lin.nickname }));
      await expect(
        repo.transaction(async (tx) => {
          await tx.deleteClassroom(room.id, board);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await repo.getClassroomByCode(room.code)).toMatchObject({ id: room.id });
      expect(await repo.listPlayers(room.id)).toHaveLength(1);
      expect(await repo.boardSize(board)).toBe(1);
    });
  });
}
