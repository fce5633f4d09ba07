import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BoardEvents } from '../src/services/board-events.js';
import { withBoardCache } from '../src/services/board-cache.js';
import {
  createRepository,
  migrateToLatest,
  openDatabase,
  type OpenedDatabase,
  type Repository,
} from '../src/storage/index.js';
import { newRun } from './storage/repository-contract.js';

/**
 * The leaderboard cache in front of the repository. `direct` stands for
 * another server process writing the same database: its writes reach this
 * process only as board events (PostgreSQL LISTEN/NOTIFY across instances).
 */
describe('leaderboard cache', () => {
  let database: OpenedDatabase;
  let direct: Repository;
  let events: BoardEvents;
  let cached: Repository;
  const clock = { now: 0 };
  const board = 'global:dongguan-electronics';

  beforeEach(async () => {
    database = openDatabase(':memory:');
    await migrateToLatest(database);
    direct = createRepository(database);
    events = new BoardEvents();
    clock.now = 0;
    cached = withBoardCache(direct, events, () => clock.now);
  });
  afterEach(async () => {
    events.close();
    await database.close();
  });

  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const scores = async (limit = 10) =>
    (await cached.topOfBoard(board, limit)).entries.map((entry) => entry.score);

  it('shows a run written through it at once', async () => {
    await cached.insertRun(newRun({ board, score: 10 }));
    expect(await scores()).toEqual([10]);
    await cached.insertRun(newRun({ board, score: 30 }));
    expect(await scores()).toEqual([30, 10]);
    expect(await cached.boardSize(board)).toBe(2);
  });

  it("shows another process's run once that run's board event arrives", async () => {
    await cached.insertRun(newRun({ board, score: 10 }));
    expect(await scores()).toEqual([10]);
    expect(await cached.boardSize(board)).toBe(1);
    const other = newRun({ board, score: 30 });
    const stored = await direct.insertRun(other);
    if (stored.conflict) throw new Error('unexpected conflict');
    // Held in memory until the board says it changed …
    expect(await scores()).toEqual([10]);
    events.publish({ kind: 'run', board, seq: stored.run.seq, run: { ...stored.run } });
    await tick();
    // … then read again.
    expect(await scores()).toEqual([30, 10]);
    expect(await cached.boardSize(board)).toBe(2);
  });

  it('reads again after a second even without an event (instances the events do not reach)', async () => {
    await cached.insertRun(newRun({ board, score: 10 }));
    expect(await cached.boardSize(board)).toBe(1);
    await direct.insertRun(newRun({ board, score: 5 }));
    clock.now += 999;
    expect(await cached.boardSize(board)).toBe(1);
    clock.now += 1;
    expect(await cached.boardSize(board)).toBe(2);
  });

  it('reads again after a reset event (a player removed elsewhere)', async () => {
    await cached.insertRun(newRun({ board, score: 10 }));
    expect(await cached.boardSize(board)).toBe(1);
    await direct.insertRun(newRun({ board, score: 5 }));
    events.publish({ kind: 'reset', board });
    await tick();
    expect(await cached.boardSize(board)).toBe(2);
  });

  it('reads every board again after a resync (the cross-instance link was down)', async () => {
    class LinkedEvents extends BoardEvents {
      linkCameBack(): void {
        this.deliverResync();
      }
    }
    const linked = new LinkedEvents();
    const viaLink = withBoardCache(direct, linked, () => clock.now);
    await viaLink.insertRun(newRun({ board, score: 10 }));
    expect(await viaLink.boardSize(board)).toBe(1);
    await direct.insertRun(newRun({ board, score: 5 }));
    expect(await viaLink.boardSize(board)).toBe(1);
    linked.linkCameBack();
    expect(await viaLink.boardSize(board)).toBe(2);
    linked.close();
  });

  it('keeps pages per limit and never caches a later page', async () => {
    for (const score of [10, 20, 30]) await cached.insertRun(newRun({ board, score }));
    expect(await scores(2)).toEqual([30, 20]);
    expect(await scores(3)).toEqual([30, 20, 10]);
    const first = await cached.topOfBoard(board, 2);
    await direct.insertRun(newRun({ board, score: 1 }));
    const next = await cached.topOfBoard(board, 2, first.nextCursor ?? undefined);
    expect(next.entries.map((entry) => entry.score)).toEqual([10, 1]);
  });

  it('leaves other boards alone and forgets everything when the bus closes', async () => {
    const other = `global:${randomUUID()}`;
    await cached.insertRun(newRun({ board: other, score: 7 }));
    await cached.insertRun(newRun({ board, score: 10 }));
    expect(await scores()).toEqual([10]);
    expect((await cached.topOfBoard(other, 10)).entries).toHaveLength(1);
    await direct.insertRun(newRun({ board, score: 20 }));
    events.publish({ kind: 'reset', board: other });
    await tick();
    expect(await scores()).toEqual([10]);
    events.close();
    await tick();
    expect(await scores()).toEqual([20, 10]);
  });
});
