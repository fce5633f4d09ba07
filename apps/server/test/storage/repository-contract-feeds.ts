import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Repository } from '../../src/storage/index.js';
import { contractFixtures, newRun, unique, type ContractSubject } from './repository-contract.js';

/**
 * The reads the live feed, the dashboard and reopening need, on every
 * Repository: board sizes, runs after a seq, full classroom runs, deadlines.
 */
export function describeFeedContract(name: string, makeRepo: () => Promise<ContractSubject>): void {
  describe(`Repository contract (feeds and reports): ${name}`, () => {
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

    it('counts a board and lists what came after a seq, removed players left out', async () => {
      const room = await classroom();
      const gone = await player(room.id);
      const board = unique('b');
      const runs = [
        newRun({ board, score: 10 }),
        newRun({ board, score: 50 }),
        newRun({ board, score: 30, playerId: gone.id, nickname: gone.nickname }),
        newRun({ board, score: 20 }),
      ];
      const seqs: number[] = [];
      for (const run of runs) {
        const stored = await repo.insertRun(run);
        if (stored.conflict) throw new Error('unexpected conflict');
        seqs.push(stored.run.seq);
      }
      await repo.insertRun(newRun({ board: unique('other') }));
      expect(await repo.boardSize(board)).toBe(4);
      const after = await repo.runsAfter(board, seqs[0] ?? 0, 10);
      expect(after.map((r) => r.runId)).toEqual(runs.slice(1).map((r) => r.runId));
      expect((await repo.runsAfter(board, 0, 2)).map((r) => r.runId)).toEqual(
        runs.slice(0, 2).map((r) => r.runId),
      );
      await repo.removePlayer(room.id, gone.id);
      expect(await repo.boardSize(board)).toBe(3);
      expect((await repo.runsAfter(board, seqs[0] ?? 0, 10)).map((r) => r.score)).toEqual([50, 20]);
      expect(await repo.boardSize(unique('empty'))).toBe(0);
    });

    it("lists a classroom's runs in full, with whether the player was removed", async () => {
      const room = await classroom();
      const kept = await player(room.id);
      const gone = await player(room.id);
      const a = newRun({ board: unique('b'), playerId: kept.id, nickname: kept.nickname });
      const b = newRun({ board: a.board, playerId: gone.id, nickname: gone.nickname, score: 7 });
      await repo.insertRun(a);
      await repo.insertRun(b);
      await repo.removePlayer(room.id, gone.id);
      const details = await repo.listRunDetailsOfClassroom(room.id);
      expect(details.map((r) => [r.runId, r.playerRemoved])).toEqual([
        [a.runId, false],
        [b.runId, true],
      ]);
      expect(details[0]).toMatchObject({
        decisions: a.decisions,
        breakdown: a.breakdown,
        finalIndicators: a.finalIndicators,
        trajectory: a.trajectory,
        seed: a.seed,
      });
    });

    it('reopens a classroom, dropping its deadline only when asked', async () => {
      const room = await classroom();
      expect(await repo.setClassroomClosed(room.id, true)).toBe(true);
      expect(await repo.setClassroomClosed(room.id, false)).toBe(true);
      expect(await repo.getClassroomByCode(room.code)).toMatchObject({
        closed: false,
        closesAt: '2030-06-01T12:00:00.000Z',
      });
      await repo.setClassroomClosed(room.id, false, { clearDeadline: true });
      expect(await repo.getClassroomByCode(room.code)).toMatchObject({ closesAt: null });
    });

    it('imports runs in bulk, ranked as if submitted one by one, all or nothing', async () => {
      const room = await classroom();
      const gone = await player(room.id);
      await repo.removePlayer(room.id, gone.id);
      const board = unique('b');
      await repo.insertRun(newRun({ board, score: 50 }));
      const at = '2026-01-02T03:04:05.000Z';
      const imported = [40, 60, 50, 50].map((score) => ({
        ...newRun({ board, score }),
        createdAt: at,
      }));
      const hidden = newRun({ board, score: 99, playerId: gone.id, nickname: gone.nickname });
      expect(await repo.insertImportedRuns([...imported, { ...hidden, createdAt: at }])).toBe(5);
      expect(await repo.boardSize(board)).toBe(5);
      const top = await repo.topOfBoard(board, 10);
      expect(top.entries.map((entry) => entry.score)).toEqual([60, 50, 50, 50, 40]);
      expect(await repo.rankOf(board, imported[3]?.runId ?? '')).toEqual({ rank: 4, boardSize: 5 });
      expect(await repo.rankOf(board, hidden.runId)).toBeNull();
      expect(await repo.getRun(imported[0]?.runId ?? '')).toMatchObject({ createdAt: at });

      const again = [{ ...newRun({ board }), createdAt: at }, ...imported.slice(0, 1)];
      await expect(repo.insertImportedRuns(again)).rejects.toThrow();
      expect(await repo.boardSize(board)).toBe(5);
      expect(await repo.getRun(again[0]?.runId ?? '')).toBeNull();
    });
  });
}
