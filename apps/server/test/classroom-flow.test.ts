import { DEFAULT_SCENARIO_ID, classroomBoard, replay } from '@smile-curve/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseCsv } from './helpers/csv.js';
import { expectCode } from './helpers/errors.js';
import { botGame, type Bot } from './helpers/games.js';
import {
  forEachDatabase,
  startTestServer,
  type Client,
  type TestServer,
} from './helpers/server.js';

const SEED = 20_260_302;

forEachDatabase('classroom competition over HTTP', (dialect) => {
  let server: TestServer;
  let anyone: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    anyone = server.client();
  });
  afterAll(async () => {
    await server.close();
  });

  async function newClass(visibility: 'all' | 'top10' | 'self') {
    const created = await anyone.classrooms.create.mutate({
      title: `Class 3B (${visibility})`,
      scenarioId: DEFAULT_SCENARIO_ID,
      seed: SEED,
      visibility,
    });
    return { ...created, teacher: server.client({ 'x-teacher-key': created.teacherKey }) };
  }

  async function submitAs(code: string, playerToken: string, bot: Bot) {
    const game = botGame(bot, DEFAULT_SCENARIO_ID, SEED);
    const answer = await anyone.runs.submit.mutate({
      board: 'classroom',
      classroomCode: code,
      playerToken,
      runId: game.runId,
      scenarioId: game.scenarioId,
      seed: game.seed,
      decisions: game.decisions,
    });
    return { game, answer };
  }

  it('create → join → submit → boards → dashboard → close → export → remove', async () => {
    const room = await newClass('all');
    expect(room.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(room.joinUrl).toBe(`${server.url}/join/${room.code}`);
    expect(room.teacherKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(room.classroom).toMatchObject({ seed: SEED, visibility: 'all', closed: false });
    expect(await anyone.classrooms.get.query({ code: room.code.toLowerCase() })).toMatchObject({
      code: room.code,
      playerCount: 0,
      board: classroomBoard(room.code),
    });

    // Two students join; a reload rejoins with the token; a taken nickname gets a suggestion.
    const lin = await anyone.classrooms.join.mutate({ code: room.code, nickname: '  Lin ' });
    const fang = await anyone.classrooms.join.mutate({ code: room.code, nickname: '王芳' });
    expect(lin).toMatchObject({ nickname: 'Lin', seed: SEED, scenarioId: DEFAULT_SCENARIO_ID });
    const again = await anyone.classrooms.join.mutate({
      code: room.code,
      nickname: 'whatever',
      playerToken: lin.playerToken,
    });
    expect(again).toMatchObject({ playerId: lin.playerId, nickname: 'Lin' });
    const taken = await expectCode(
      anyone.classrooms.join.mutate({ code: room.code, nickname: 'lin' }),
      'CONFLICT',
    );
    expect(taken?.suggestion).toBe('lin 2');

    await anyone.classrooms.progress.mutate({
      code: room.code,
      playerToken: fang.playerToken,
      year: 2012,
    });

    // Real games by the domain's bots; the server's score is the replay's.
    const linRun = await submitAs(room.code, lin.playerToken, 'balancedGic');
    expect(linRun.answer).toEqual({
      runId: linRun.game.runId,
      score: linRun.game.expected.total,
      breakdown: linRun.game.expected,
      rank: 1,
      boardSize: 1,
    });
    const fangRun = await submitAs(room.code, fang.playerToken, 'oemForever');
    expect(fangRun.answer).toMatchObject({ rank: 2, boardSize: 2 });
    expect(linRun.game.expected.total).toBeGreaterThan(fangRun.game.expected.total);

    // "Verify my run": the stored record replays to the same score.
    const stored = await anyone.runs.get.query({ runId: linRun.game.runId });
    expect(stored).toMatchObject({ nickname: 'Lin', seed: SEED, score: linRun.answer.score });
    expect(stored.trajectory).toHaveLength(20);
    const verified = replay({
      scenarioId: stored.scenarioId,
      seed: stored.seed,
      decisions: stored.decisions,
    });
    expect(verified.ok && verified.score).toEqual(stored.breakdown);
    // The trajectory comes back exactly as the replay made it (as JSON carries it).
    expect(stored.trajectory).toEqual(
      JSON.parse(JSON.stringify(verified.ok ? verified.history : null)) as unknown,
    );

    const top = await anyone.leaderboards.top.query({ board: room.classroom.board });
    expect(top.visibility).toBe('all');
    expect(top.entries.map((e) => [e.rank, e.nickname])).toEqual([
      [1, 'Lin'],
      [2, '王芳'],
    ]);
    expect(
      await anyone.leaderboards.rankOf.query({
        board: room.classroom.board,
        runId: fangRun.game.runId,
      }),
    ).toEqual({ runId: fangRun.game.runId, rank: 2, boardSize: 2 });

    const dashboard = await room.teacher.classrooms.dashboard.query({ code: room.code });
    expect(dashboard.players.map((p) => [p.nickname, p.bestScore, p.progress?.year])).toEqual([
      ['Lin', linRun.answer.score, undefined],
      ['王芳', fangRun.answer.score, 2012],
    ]);
    expect(dashboard.players[0]?.runs[0]?.trajectory).toHaveLength(20);

    // Closing: no one new, no new runs; a retry of a stored run still gets its answer.
    expect((await room.teacher.classrooms.close.mutate({ code: room.code })).closed).toBe(true);
    await expectCode(
      anyone.classrooms.join.mutate({ code: room.code, nickname: 'Late' }),
      'PRECONDITION_FAILED',
    );
    await expectCode(submitAs(room.code, lin.playerToken, 'brandFirst'), 'PRECONDITION_FAILED');
    const retry = await anyone.runs.submit.mutate({
      board: 'classroom',
      classroomCode: room.code,
      playerToken: lin.playerToken,
      runId: linRun.game.runId,
      scenarioId: DEFAULT_SCENARIO_ID,
      seed: SEED,
      decisions: linRun.game.decisions,
    });
    // Same score and place; the board size is as of now.
    expect(retry).toEqual({ ...linRun.answer, boardSize: 2 });

    // Exports: every finished player is there, Chinese intact.
    const runs = parseCsv(await room.teacher.classrooms.exportCsv.query({ code: room.code }));
    expect(runs.bom).toBe(true);
    expect(runs.rows.map((r) => [r.nickname, Number(r.score), r.rank])).toEqual([
      ['Lin', linRun.answer.score, '1'],
      ['王芳', fangRun.answer.score, '2'],
    ]);
    expect(runs.header).toContain('final_gicEmbedding');
    expect(runs.header).toContain('score_survival');
    const panel = parseCsv(await room.teacher.classrooms.exportPanelCsv.query({ code: room.code }));
    expect(panel.rows).toHaveLength(40);
    expect(new Set(panel.rows.map((r) => r.nickname))).toEqual(new Set(['Lin', '王芳']));
    expect(panel.rows.filter((r) => r.nickname === 'Lin').map((r) => Number(r.year))).toEqual(
      Array.from({ length: 20 }, (_, i) => 2008 + i),
    );
    for (const column of ['rdIntensity', 'valueAddedShare', 'gvcPosition', 'mode', 'cash']) {
      expect(panel.header).toContain(column);
    }

    // Moderation: the removed player's runs leave the board and the exports.
    await room.teacher.classrooms.removePlayer.mutate({ code: room.code, playerId: fang.playerId });
    const after = await anyone.leaderboards.top.query({ board: room.classroom.board });
    expect(after.entries.map((e) => e.nickname)).toEqual(['Lin']);
    expect(after.boardSize).toBe(1);
    await expectCode(
      anyone.leaderboards.rankOf.query({ board: room.classroom.board, runId: fangRun.game.runId }),
      'NOT_FOUND',
    );
    await expectCode(anyone.runs.get.query({ runId: fangRun.game.runId }), 'NOT_FOUND');
    const runsAfter = parseCsv(await room.teacher.classrooms.exportCsv.query({ code: room.code }));
    expect(runsAfter.rows.map((r) => r.nickname)).toEqual(['Lin']);
    const panelAfter = parseCsv(
      await room.teacher.classrooms.exportPanelCsv.query({ code: room.code }),
    );
    expect(new Set(panelAfter.rows.map((r) => r.nickname))).toEqual(new Set(['Lin']));
    await expectCode(
      anyone.classrooms.join.mutate({
        code: room.code,
        nickname: '王芳',
        playerToken: fang.playerToken,
      }),
      'FORBIDDEN',
    );
    const reopened = await room.teacher.classrooms.reopen.mutate({ code: room.code });
    expect(reopened).toMatchObject({ closed: false, playerCount: 1 });
  });

  it("'self': students see only their own place and the board size; the teacher sees all", async () => {
    const room = await newClass('self');
    const students = await Promise.all(
      ['Ming', 'Hua', 'Jun'].map((nickname) =>
        anyone.classrooms.join.mutate({ code: room.code, nickname }),
      ),
    );
    const bots: Bot[] = ['oemForever', 'balancedGic', 'brandFirst'];
    const runs = [];
    for (const [i, student] of students.entries()) {
      runs.push(await submitAs(room.code, student.playerToken, bots[i] ?? 'oemForever'));
    }
    const ming = students[0];
    const mingRun = runs[0];
    if (!ming || !mingRun) throw new Error('setup failed');
    const mine = await anyone.leaderboards.top.query({
      board: room.classroom.board,
      playerToken: ming.playerToken,
    });
    expect(mine).toMatchObject({ visibility: 'self', entries: [], boardSize: 3 });
    expect(mine.me).toMatchObject({ runId: mingRun.game.runId, boardSize: 3 });
    const stranger = await anyone.leaderboards.top.query({ board: room.classroom.board });
    expect(stranger).toMatchObject({ entries: [], boardSize: 3, me: null });
    expect(
      await anyone.leaderboards.rankOf.query({
        board: room.classroom.board,
        runId: mingRun.game.runId,
        playerToken: ming.playerToken,
      }),
    ).toMatchObject({ boardSize: 3 });
    await expectCode(
      anyone.leaderboards.rankOf.query({
        board: room.classroom.board,
        runId: runs[1]?.game.runId ?? '',
        playerToken: ming.playerToken,
      }),
      'FORBIDDEN',
    );
    const teacherView = await room.teacher.leaderboards.top.query({ board: room.classroom.board });
    expect(teacherView.visibility).toBe('all');
    expect(teacherView.entries).toHaveLength(3);
  });

  it("'top10': the first ten plus the caller's own place", async () => {
    const room = await newClass('top10');
    const bots: Bot[] = ['balancedGic', 'brandFirst', 'gicWithTraining', 'oemForever'];
    const students = [];
    for (let i = 0; i < 12; i++) {
      const student = await anyone.classrooms.join.mutate({ code: room.code, nickname: `S${i}` });
      // The last two play the weakest bot at this seed, so they end up 11th and 12th.
      const bot = i >= 10 ? 'allInResearch' : (bots[i % bots.length] ?? 'oemForever');
      students.push({ student, run: await submitAs(room.code, student.playerToken, bot) });
    }
    const last = students[11];
    if (!last) throw new Error('setup failed');
    const view = await anyone.leaderboards.top.query({
      board: room.classroom.board,
      limit: 100,
      playerToken: last.student.playerToken,
    });
    expect(view.visibility).toBe('top10');
    expect(view.entries).toHaveLength(10);
    expect(view.entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(view.me).toMatchObject({ runId: last.run.game.runId, rank: 12, boardSize: 12 });
    expect(view.nextCursor).toBeNull();
    // A place in the top ten is public; another student's 11th place is not.
    const first = view.entries[0];
    expect(
      await anyone.leaderboards.rankOf.query({
        board: room.classroom.board,
        runId: first?.runId ?? '',
      }),
    ).toMatchObject({ rank: 1 });
    await expectCode(
      anyone.leaderboards.rankOf.query({
        board: room.classroom.board,
        runId: students[10]?.run.game.runId ?? '',
      }),
      'FORBIDDEN',
    );
    const teacherView = await room.teacher.leaderboards.top.query({
      board: room.classroom.board,
      limit: 100,
    });
    expect(teacherView.entries).toHaveLength(12);
  });
});
