import { DEFAULT_SCENARIO_ID, globalBoard } from '@smile-curve/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BoardEvent } from '../src/services/board-events.js';
import { encodeBoardEvent } from '../src/services/board-event-wire.js';
import { PostgresBoardEvents } from '../src/services/postgres-board-events.js';
import { expectCode } from './helpers/errors.js';
import { botGame } from './helpers/games.js';
import { listen, until } from './helpers/live.js';
import { checkPostgres, createTestSchema, needs, queryOnce } from './helpers/postgres.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Two server instances on one PostgreSQL schema behave as one: live boards
 * hear runs submitted to the other instance (LISTEN/NOTIFY), a retried submit
 * is stored once whichever instance it reaches, progress pings are shared
 * (rate limits: shared-rate-limit.test.ts). Both instances are real servers on random ports with
 * pools, LISTEN connections and rate limiters of their own; they share only
 * PostgreSQL and Redis.
 */

const SEED = 4242;
const postgres = await checkPostgres();

/** Every event each instance's bus delivered, for "exactly once" checks. */
function recordEvents(server: TestServer) {
  const events: BoardEvent[] = [];
  let resyncs = 0;
  const stop = server.app.events.watch({
    event: (event) => events.push(event),
    resync: () => (resyncs += 1),
  });
  return { events, resyncs: () => resyncs, stop };
}

const runEvents = (events: BoardEvent[], runId: string) =>
  events.filter((event) => event.kind === 'run' && event.run.runId === runId);

describe.skipIf(!needs('several instances', 'PostgreSQL', postgres))(
  'several instances on one PostgreSQL',
  () => {
    let schema: Awaited<ReturnType<typeof createTestSchema>>;
    let a: TestServer;
    let b: TestServer;
    const stops: (() => void)[] = [];

    beforeAll(async () => {
      schema = await createTestSchema();
      // Started together, as a deployment does: both migrate the same empty schema.
      [a, b] = await Promise.all([
        startTestServer('postgres', {}, undefined, schema),
        startTestServer('postgres', {}, undefined, schema),
      ]);
    });
    afterEach(() => {
      for (const stop of stops.splice(0)) stop();
    });
    afterAll(async () => {
      await Promise.all([a.close(), b.close()]);
      await schema.drop();
    });

    function submit(server: TestServer, game: ReturnType<typeof botGame>, nickname = 'Mei') {
      return server.client().runs.submit.mutate({
        board: 'global',
        runId: game.runId,
        scenarioId: game.scenarioId,
        seed: game.seed,
        decisions: game.decisions,
        nickname,
      });
    }

    it('a run submitted to A reaches a live subscriber on B within 1 s; every instance hears it once', async () => {
      const board = globalBoard(DEFAULT_SCENARIO_ID);
      const onA = recordEvents(a);
      const onB = recordEvents(b);
      stops.push(onA.stop, onB.stop);
      const feedB = listen(b.client(), { board });
      const feedA = listen(a.client(), { board });
      stops.push(feedB.stop, feedA.stop);
      await until(() => b.app.liveSubscribers(board) === 1, 3000, 'the subscription on B');
      await until(() => a.app.liveSubscribers(board) === 1, 3000, 'the subscription on A');

      const game = botGame('balancedGic', DEFAULT_SCENARIO_ID, SEED);
      const started = performance.now();
      const result = await submit(a, game);
      await until(() => feedB.received.some((r) => r.runId === game.runId), 1000, 'the run on B');
      const arrival = feedB.received.find((r) => r.runId === game.runId);
      expect((arrival?.at ?? Infinity) - started).toBeLessThan(1000);
      expect(arrival).toMatchObject({ kind: 'run', id: expect.stringMatching(/^\d+$/) as string });
      expect(result.runId).toBe(game.runId);

      // Give a duplicate every chance to show up, then count.
      await until(() => feedA.received.some((r) => r.runId === game.runId), 1000, 'the run on A');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(runEvents(onA.events, game.runId)).toHaveLength(1);
      expect(runEvents(onB.events, game.runId)).toHaveLength(1);
      expect(feedA.received.filter((r) => r.runId === game.runId)).toHaveLength(1);
      expect(feedB.received.filter((r) => r.runId === game.runId)).toHaveLength(1);
      expect([...feedA.errors, ...feedB.errors]).toEqual([]);
    });

    it('the same submit retried on B is stored once and answers the same', async () => {
      const board = globalBoard(DEFAULT_SCENARIO_ID);
      const onB = recordEvents(b);
      stops.push(onB.stop);
      const game = botGame('brandFirst', DEFAULT_SCENARIO_ID, SEED);
      const first = await submit(a, game);
      const retried = await submit(b, game);
      expect(retried).toEqual(first);

      // Sent to both at once (a client retrying after a timeout while the first is still running).
      const racing = botGame('gicWithTraining', DEFAULT_SCENARIO_ID, SEED);
      const [viaA, viaB] = await Promise.all([submit(a, racing), submit(b, racing)]);
      expect(viaB.runId).toBe(viaA.runId);
      expect(viaB.score).toBe(viaA.score);

      // Other content under a stored runId is a conflict on either instance.
      await expectCode(submit(b, { ...game, decisions: racing.decisions }), 'CONFLICT');

      const rows = (await queryOnce(
        `select run_id from ${schema.schema}.runs where run_id = any($1)`,
        [[game.runId, racing.runId]],
      )) as { run_id: string }[];
      expect(rows.map((row) => row.run_id).sort()).toEqual([game.runId, racing.runId].sort());
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(runEvents(onB.events, game.runId)).toHaveLength(1);
      expect(runEvents(onB.events, racing.runId)).toHaveLength(1);
      const top = await b.client().leaderboards.top.query({ board, limit: 100 });
      expect(top.entries.filter((entry) => entry.runId === racing.runId)).toHaveLength(1);
    });

    it('reads the run from the database when a NOTIFY only names it; ignores a malformed one', async () => {
      const bus = b.app.events;
      if (!(bus instanceof PostgresBoardEvents)) throw new Error('expected PostgresBoardEvents');
      const onB = recordEvents(b);
      stops.push(onB.stop);
      const game = botGame('balancedGic', DEFAULT_SCENARIO_ID, SEED);
      await submit(a, game);
      await until(() => runEvents(onB.events, game.runId).length === 1, 1000, 'the first event');
      const stored = await a.client().runs.get.query({ runId: game.runId });
      const feed = listen(b.client(), { board: stored.board });
      stops.push(feed.stop);
      await until(() => b.app.liveSubscribers(stored.board) === 1, 3000, 'the subscription');

      // Announced again the way an event too big for NOTIFY travels: board and seq only.
      const blank = { runId: '', nickname: '', score: 0, createdAt: '', seq: stored.seq };
      const reference = encodeBoardEvent(
        { kind: 'run', board: stored.board, seq: stored.seq, run: blank },
        'another-instance',
        10,
      );
      await queryOnce('select pg_notify($1, $2), pg_notify($1, $3)', [
        bus.channel,
        'not a board event',
        reference,
      ]);
      await until(() => feed.received.length === 1, 1000, 'the run read back');
      expect(feed.received[0]).toMatchObject({
        kind: 'run',
        runId: game.runId,
        id: String(stored.seq),
      });
    });

    it("removing a player on A tells B's live classroom board to reload", async () => {
      const room = await a.client().classrooms.create.mutate({
        title: 'Two instances',
        scenarioId: DEFAULT_SCENARIO_ID,
        seed: SEED,
        visibility: 'all',
      });
      const student = await b.client().classrooms.join.mutate({ code: room.code, nickname: 'Ana' });
      const board = room.classroom.board;
      const feed = listen(b.client(), { board, teacherKey: room.teacherKey });
      stops.push(feed.stop);
      await until(() => b.app.liveSubscribers(board) === 1, 3000, 'the subscription on B');
      await a.client().classrooms.removePlayer.mutate({
        code: room.code,
        teacherKey: room.teacherKey,
        playerId: student.playerId,
      });
      await until(() => feed.received.some((r) => r.kind === 'reset'), 1000, 'the reset on B');
    });

    it("deleting a class on A resets B's live board and B's bus (its board cache) hears it once", async () => {
      const room = await a.client().classrooms.create.mutate({
        title: 'Deleted on A',
        scenarioId: DEFAULT_SCENARIO_ID,
        seed: SEED,
        visibility: 'all',
      });
      const board = room.classroom.board;
      await b.client().classrooms.join.mutate({ code: room.code, nickname: 'Ida' });
      expect((await b.client().leaderboards.top.query({ board })).boardSize).toBe(0);
      const onB = recordEvents(b);
      stops.push(onB.stop);
      const feed = listen(b.client(), { board });
      stops.push(feed.stop);
      await until(() => b.app.liveSubscribers(board) === 1, 3000, 'the subscription on B');
      await a.client().classrooms.delete.mutate({
        code: room.code,
        teacherKey: room.teacherKey,
        confirm: room.code,
      });
      await until(() => feed.received.some((r) => r.kind === 'reset'), 1000, 'the reset on B');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(onB.events.filter((e) => e.kind === 'reset' && e.board === board)).toHaveLength(1);
      await expectCode(b.client().leaderboards.top.query({ board }), 'NOT_FOUND');
      await expectCode(b.client().classrooms.get.query({ code: room.code }), 'NOT_FOUND');
    });

    it("a student's progress ping on A shows on the teacher's dashboard served by B", async () => {
      const room = await a.client().classrooms.create.mutate({
        title: 'Progress',
        scenarioId: DEFAULT_SCENARIO_ID,
        seed: SEED,
        visibility: 'self',
      });
      const student = await b.client().classrooms.join.mutate({ code: room.code, nickname: 'Bo' });
      const teacher = { code: room.code, teacherKey: room.teacherKey };
      const progressOnB = async () => {
        const dashboard = await b.client().classrooms.dashboard.query(teacher);
        return dashboard.players.find((p) => p.playerId === student.playerId)?.progress ?? null;
      };
      const year = 2012; // within the default scenario (2008 on)
      const ping = await a.client().classrooms.progress.mutate({
        code: room.code,
        playerToken: student.playerToken,
        year,
      });
      let seen = await progressOnB();
      for (let i = 0; i < 100 && seen === null; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        seen = await progressOnB();
      }
      expect(seen).toEqual(ping);

      await a.client().classrooms.removePlayer.mutate({ ...teacher, playerId: student.playerId });
      let after = await progressOnB();
      for (let i = 0; i < 100 && after !== null; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        after = await progressOnB();
      }
      expect(after).toBeNull();
    });

    it('after its LISTEN connection drops, an instance reconnects, resets live boards and hears runs again', async () => {
      const board = globalBoard('foshan-appliances');
      const bus = b.app.events;
      if (!(bus instanceof PostgresBoardEvents))
        throw new Error('PostgreSQL should use PostgresBoardEvents');
      const onB = recordEvents(b);
      stops.push(onB.stop);
      const feed = listen(b.client(), { board });
      stops.push(feed.stop);
      await until(() => b.app.liveSubscribers(board) === 1, 3000, 'the subscription on B');

      // An operator (or a failover) ends both instances' LISTEN connections on this schema.
      const ended = await queryOnce(
        `select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = 'smile-curve-listen' and query like 'LISTEN %' and query like $1`,
        [`%:${schema.schema}"`],
      );
      expect(ended).toHaveLength(2); // A's and B's
      await until(() => feed.received.some((r) => r.kind === 'reset'), 10_000, 'the reset');
      expect(onB.resyncs()).toBeGreaterThanOrEqual(1);
      expect(bus.isListening).toBe(true);

      const game = botGame('oemForever', 'foshan-appliances', SEED);
      const started = performance.now();
      await submit(a, game);
      await until(() => feed.received.some((r) => r.runId === game.runId), 1000, 'the run on B');
      expect(performance.now() - started).toBeLessThan(1000);
    });
  },
);
