import { DEFAULT_SCENARIO_ID, classroomBoard } from '@smile-curve/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectCode } from './helpers/errors.js';
import { botGame, type Bot } from './helpers/games.js';
import { listen, until } from './helpers/live.js';
import {
  forEachDatabase,
  startTestServer,
  type Client,
  type TestServer,
} from './helpers/server.js';

const SEED = 31_337;

forEachDatabase('deleting a class', (dialect) => {
  let server: TestServer;
  let anyone: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    anyone = server.client();
  });
  afterAll(async () => {
    await server.close();
  });

  /** A class with two students who each submitted a finished game. */
  async function classWithRuns(title: string) {
    const created = await anyone.classrooms.create.mutate({
      title,
      scenarioId: DEFAULT_SCENARIO_ID,
      seed: SEED,
      visibility: 'all',
    });
    const { code, teacherKey } = created;
    const students = [
      { nickname: 'Lin', bot: 'balancedGic' as Bot },
      { nickname: '王芳', bot: 'oemForever' as Bot },
    ];
    const joined = [];
    const runIds: string[] = [];
    for (const { nickname, bot } of students) {
      const student = await anyone.classrooms.join.mutate({ code, nickname });
      const game = botGame(bot, DEFAULT_SCENARIO_ID, SEED);
      await anyone.runs.submit.mutate({
        board: 'classroom',
        classroomCode: code,
        playerToken: student.playerToken,
        runId: game.runId,
        scenarioId: DEFAULT_SCENARIO_ID,
        seed: SEED,
        decisions: game.decisions,
      });
      joined.push(student);
      runIds.push(game.runId);
    }
    await anyone.classrooms.progress.mutate({
      code,
      playerToken: joined[0]?.playerToken ?? '',
      year: 2010,
    });
    return { code, teacherKey, board: classroomBoard(code), joined, runIds };
  }

  /** Every stored row that belongs to the class, table by table. */
  async function rowsOf(code: string) {
    const db = server.observer;
    const board = classroomBoard(code);
    const classroom = await db
      .selectFrom('classrooms')
      .select('id')
      .where('code', '=', code)
      .execute();
    const ids = classroom.map((row) => row.id);
    const players =
      ids.length === 0
        ? []
        : await db.selectFrom('players').select('id').where('classroom_id', 'in', ids).execute();
    const playerIds = players.map((row) => row.id);
    const runs = await db
      .selectFrom('runs')
      .select('run_id')
      .where((eb) =>
        playerIds.length === 0
          ? eb('board', '=', board)
          : eb.or([eb('board', '=', board), eb('player_id', 'in', playerIds)]),
      )
      .execute();
    const scores = await db
      .selectFrom('board_scores')
      .select((eb) => eb.fn.coalesce(eb.fn.sum('runs'), eb.lit(0)).as('n'))
      .where('board', '=', board)
      .executeTakeFirstOrThrow();
    return {
      classrooms: classroom.length,
      players: players.length,
      runs: runs.length,
      boardScores: Number(scores.n),
    };
  }

  it('deletes the class, its players, their runs and its board; another class is untouched', async () => {
    const doomed = await classWithRuns('Class to delete');
    const kept = await classWithRuns('Class to keep');
    expect(await rowsOf(doomed.code)).toEqual({
      classrooms: 1,
      players: 2,
      runs: 2,
      boardScores: 2,
    });
    const keptBefore = await rowsOf(kept.code);
    const keptTop = await anyone.leaderboards.top.query({ board: kept.board });
    const feed = listen(anyone, { board: doomed.board });
    await until(() => server.app.liveSubscribers(doomed.board) === 1, 3000, 'the subscription');
    // Read once so the board's first page and size are cached, then deleted.
    expect((await anyone.leaderboards.top.query({ board: doomed.board })).entries).toHaveLength(2);

    const teacher = server.client({ 'x-teacher-key': doomed.teacherKey });
    const answer = await teacher.classrooms.delete.mutate({
      code: doomed.code.toLowerCase(),
      confirm: ` ${doomed.code.toLowerCase()} `,
    });
    expect(answer).toEqual({ code: doomed.code, deleted: true, players: 2, runs: 2 });

    expect(await rowsOf(doomed.code)).toEqual({
      classrooms: 0,
      players: 0,
      runs: 0,
      boardScores: 0,
    });
    const { code } = doomed;
    await expectCode(anyone.classrooms.get.query({ code }), 'NOT_FOUND');
    await expectCode(anyone.classrooms.join.mutate({ code, nickname: 'Ming' }), 'NOT_FOUND');
    await expectCode(
      anyone.classrooms.join.mutate({
        code,
        nickname: 'Lin',
        playerToken: doomed.joined[0]?.playerToken,
      }),
      'NOT_FOUND',
    );
    await expectCode(teacher.classrooms.dashboard.query({ code }), 'NOT_FOUND');
    await expectCode(anyone.leaderboards.top.query({ board: doomed.board }), 'NOT_FOUND');
    for (const runId of doomed.runIds) {
      await expectCode(anyone.runs.get.query({ runId }), 'NOT_FOUND');
    }
    const game = botGame('brandFirst', DEFAULT_SCENARIO_ID, SEED);
    await expectCode(
      anyone.runs.submit.mutate({
        board: 'classroom',
        classroomCode: code,
        playerToken: doomed.joined[1]?.playerToken ?? '',
        runId: game.runId,
        scenarioId: DEFAULT_SCENARIO_ID,
        seed: SEED,
        decisions: game.decisions,
      }),
      'NOT_FOUND',
    );
    // The live board heard that it must reload.
    await until(() => feed.received.some((item) => item.kind === 'reset'), 3000, 'the reset');
    feed.stop();
    expect(feed.errors).toEqual([]);

    expect(await rowsOf(kept.code)).toEqual(keptBefore);
    expect(await anyone.leaderboards.top.query({ board: kept.board })).toEqual(keptTop);
    const keptTeacher = server.client({ 'x-teacher-key': kept.teacherKey });
    const dash = await keptTeacher.classrooms.dashboard.query({ code: kept.code });
    expect(dash.players.map((p) => p.nickname).sort()).toEqual(['Lin', '王芳'].sort());
    expect(dash.players.find((p) => p.nickname === 'Lin')?.progress?.year).toBe(2010);
  });

  it('deleting twice: the second call finds no class', async () => {
    const room = await classWithRuns('Deleted twice');
    const input = { code: room.code, teacherKey: room.teacherKey, confirm: room.code };
    await anyone.classrooms.delete.mutate(input);
    await expectCode(anyone.classrooms.delete.mutate(input), 'NOT_FOUND');
  });
});
