import { randomUUID } from 'node:crypto';
import {
  DEFAULT_SCENARIO_ID,
  ENGINE_VERSION,
  dailyBoard,
  dailySeed,
  encodeDecisionLog,
  listScenarios,
} from '@smile-curve/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClassroom } from '../src/services/classroom-service.js';
import { callerWorld } from './helpers/caller.js';
import { botGame } from './helpers/games.js';

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return 'OK';
}

describe('procedures through createCaller', () => {
  let world: Awaited<ReturnType<typeof callerWorld>>;
  beforeAll(async () => {
    world = await callerWorld({ PUBLIC_URL: 'https://smile.example' });
  });
  afterAll(async () => {
    await world.close();
  });

  it('lists the scenarios in brief, and gives one in full', async () => {
    const api = world.caller();
    const list = await api.scenarios.list();
    expect(list.engineVersion).toBe(ENGINE_VERSION);
    expect(list.scenarios.map((s) => s.id)).toEqual(listScenarios().map((s) => s.id));
    expect(list.scenarios[0]).toEqual({
      id: DEFAULT_SCENARIO_ID,
      version: expect.any(Number) as number,
      title: expect.objectContaining({ en: expect.any(String) as string }) as object,
      teaches: expect.objectContaining({ zh: expect.any(String) as string }) as object,
      difficulty: expect.any(Number) as number,
      startYear: 2008,
      years: 20,
    });
    const full = await api.scenarios.get({ id: 'foshan-appliances' });
    expect(full.scenario.id).toBe('foshan-appliances');
    expect(full.scenario.events.length).toBeGreaterThan(0);
  });

  it("gives today's challenge from the UTC date of the clock", async () => {
    world.clock.now = Date.parse('2026-07-09T23:59:59.000Z');
    const api = world.caller();
    expect(await api.daily.today()).toEqual({
      date: '2026-07-09',
      scenarioId: DEFAULT_SCENARIO_ID,
      seed: dailySeed('2026-07-09', DEFAULT_SCENARIO_ID),
      board: dailyBoard('2026-07-09', DEFAULT_SCENARIO_ID),
    });
    world.clock.now += 1000;
    const next = await api.daily.today({ scenarioId: 'shenzhen-startup' });
    expect(next).toMatchObject({ date: '2026-07-10', scenarioId: 'shenzhen-startup' });
    expect(await codeOf(api.daily.today({ scenarioId: 'atlantis' }))).toBe('NOT_FOUND');
  });

  it("accepts yesterday's daily run after midnight, not the day before or tomorrow's", async () => {
    world.clock.now = Date.parse('2026-07-10T00:10:00.000Z');
    const api = world.caller();
    const submitFor = (date: string) => {
      const seed = dailySeed(date, DEFAULT_SCENARIO_ID);
      const game = botGame('oemForever', DEFAULT_SCENARIO_ID, seed);
      return api.runs.submit({
        board: 'daily',
        date,
        runId: game.runId,
        scenarioId: DEFAULT_SCENARIO_ID,
        seed,
        decisions: game.decisions,
      });
    };
    expect(await codeOf(submitFor('2026-07-10'))).toBe('OK');
    expect(await codeOf(submitFor('2026-07-09'))).toBe('OK');
    expect(await codeOf(submitFor('2026-07-08'))).toBe('BAD_REQUEST');
    expect(await codeOf(submitFor('2026-07-11'))).toBe('BAD_REQUEST');
  });

  it('builds join links from PUBLIC_URL and takes the teacher key from header or input', async () => {
    const created = await world.caller({ origin: 'http://ignored:3000' }).classrooms.create({
      title: '7A',
      scenarioId: DEFAULT_SCENARIO_ID,
      visibility: 'top10',
    });
    expect(created.joinUrl).toBe(`https://smile.example/join/${created.code}`);
    expect(created.classroom.seed).toBeGreaterThanOrEqual(0);
    const byHeader = world.caller({ teacherKey: created.teacherKey });
    expect((await byHeader.classrooms.dashboard({ code: created.code })).players).toEqual([]);
    const byInput = world.caller();
    expect(
      await codeOf(
        byInput.classrooms.dashboard({ code: created.code, teacherKey: created.teacherKey }),
      ),
    ).toBe('OK');
    expect(await codeOf(byInput.classrooms.dashboard({ code: created.code }))).toBe('UNAUTHORIZED');
    const wrong = world.caller({ teacherKey: 'A'.repeat(22) });
    expect(await codeOf(wrong.classrooms.dashboard({ code: created.code }))).toBe('FORBIDDEN');
    // The key is stored only as a hash.
    const stored = await world.repository.getClassroomByCode(created.code);
    expect(stored?.teacherKeyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.teacherKey);
  });

  it('draws another code when one is taken', async () => {
    const first = await createClassroom(
      world.deps,
      { title: 'A', scenarioId: DEFAULT_SCENARIO_ID, visibility: 'all' },
      null,
      () => 'AAAAAA',
    );
    const codes = ['AAAAAA', 'AAAAAA', 'BBBBBB'];
    const second = await createClassroom(
      world.deps,
      { title: 'B', scenarioId: DEFAULT_SCENARIO_ID, visibility: 'all' },
      null,
      () => codes.shift() ?? 'CCCCCC',
    );
    expect([first.code, second.code]).toEqual(['AAAAAA', 'BBBBBB']);
    expect(first.joinUrl).toBe('https://smile.example/join/AAAAAA');
  });

  it('reopening a class past its deadline drops the deadline', async () => {
    world.clock.now = Date.parse('2026-03-02T10:00:00.000Z');
    const created = await world.caller().classrooms.create({
      title: 'Deadline',
      scenarioId: DEFAULT_SCENARIO_ID,
      visibility: 'all',
      closesAt: '2026-03-02T11:00:00.000Z',
    });
    const teacher = world.caller({ teacherKey: created.teacherKey });
    world.clock.now = Date.parse('2026-03-02T12:00:00.000Z');
    expect((await world.caller().classrooms.get({ code: created.code })).closed).toBe(true);
    expect(
      await codeOf(world.caller().classrooms.join({ code: created.code, nickname: 'Late' })),
    ).toBe('PRECONDITION_FAILED');
    const reopened = await teacher.classrooms.reopen({ code: created.code });
    expect(reopened).toMatchObject({ closed: false, closesAt: null });
  });

  it('keeps progress pings in memory for the dashboard', async () => {
    world.clock.now = Date.parse('2026-03-02T10:00:00.000Z');
    const created = await world.caller().classrooms.create({
      title: 'Progress',
      scenarioId: DEFAULT_SCENARIO_ID,
      visibility: 'self',
    });
    const student = await world.caller().classrooms.join({ code: created.code, nickname: 'Mei' });
    await world.caller().classrooms.progress({
      code: created.code,
      playerToken: student.playerToken,
      year: 2015,
    });
    const dashboard = await world
      .caller({ teacherKey: created.teacherKey })
      .classrooms.dashboard({ code: created.code });
    expect(dashboard.players[0]?.progress).toEqual({
      year: 2015,
      updatedAt: '2026-03-02T10:00:00.000Z',
    });
    expect(
      await codeOf(
        world.caller().classrooms.progress({ code: created.code, playerToken: 'nope', year: 2015 }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('returns the stored run in full for anyone to verify', async () => {
    const game = botGame('balancedGic', DEFAULT_SCENARIO_ID, 3);
    await world.caller().runs.submit({
      board: 'global',
      runId: game.runId,
      scenarioId: DEFAULT_SCENARIO_ID,
      seed: 3,
      decisions: game.decisions,
      nickname: '小明',
    });
    const run = await world.caller().runs.get({ runId: game.runId });
    expect(run).toMatchObject({
      nickname: '小明',
      engineVersion: ENGINE_VERSION,
      decisions: game.decisions,
      breakdown: game.expected,
      status: 'finished',
    });
    // Stored in the domain's compact encoding, a third of the verbose log.
    const row = await world.repository.getRun(game.runId);
    expect(row?.decisions).toEqual(encodeDecisionLog(game.decisions));
    expect(JSON.stringify(row?.decisions).length).toBeLessThan(
      JSON.stringify(game.decisions).length / 2,
    );
    expect(await codeOf(world.caller().runs.get({ runId: randomUUID() }))).toBe('NOT_FOUND');
  });
});
