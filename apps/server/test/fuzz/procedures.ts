import { randomUUID } from 'node:crypto';
import { DEFAULT_SCENARIO_ID, dailySeed, globalBoard } from '@smile-curve/domain';
import { botGame } from '../helpers/games.js';
import type { Client, TestServer } from '../helpers/server.js';

/**
 * Every tRPC procedure, with a valid input made fresh for each call: the
 * fuzzer sends it as is (and then it must succeed) or breaks it.
 */

export type Kind = 'query' | 'mutation' | 'subscription';
/** The row a successful call adds: its key is read from the answer. */
export type Writes = 'run' | 'classroom' | 'player' | null;

export interface Procedure {
  path: string;
  kind: Kind;
  writes: Writes;
  /** A valid input (undefined: the procedure takes none). */
  valid: () => Record<string, unknown> | undefined;
  /** The code a valid input is refused with, when that is the right answer. */
  refusedWith?: string;
}

const SEED = 515_151;

/** Sets up two classes and a stored run, and returns the table of procedures over them. */
export async function fuzzWorld(server: TestServer) {
  const api: Client = server.client();
  const newClass = (title: string) =>
    api.classrooms.create.mutate({
      title,
      scenarioId: DEFAULT_SCENARIO_ID,
      seed: SEED,
      visibility: 'all',
    });
  const open = await newClass('Fuzzed class');
  // Closed and reopened by the fuzzer, so the open class stays open for valid submits.
  const toggled = await newClass('Toggled class');
  const student = await api.classrooms.join.mutate({ code: open.code, nickname: 'Lin' });
  const today = new Date(server.clock.now).toISOString().slice(0, 10);
  const classGame = botGame('balancedGic', DEFAULT_SCENARIO_ID, SEED);
  const globalGames = [0, 1, 2].map((seed) => botGame('brandFirst', DEFAULT_SCENARIO_ID, seed));
  const dailyGame = botGame(
    'oemForever',
    DEFAULT_SCENARIO_ID,
    dailySeed(today, DEFAULT_SCENARIO_ID),
  );
  const stored = await api.runs.submit.mutate({
    board: 'global',
    runId: randomUUID(),
    scenarioId: DEFAULT_SCENARIO_ID,
    seed: 0,
    decisions: globalGames[0]?.decisions ?? [],
  });
  let joins = 0;
  let pick = 0;
  const board = globalBoard(DEFAULT_SCENARIO_ID);
  const teacher = (code: string, key: string) => () => ({ code, teacherKey: key });

  const procedures: Procedure[] = [
    { path: 'health.check', kind: 'query', writes: null, valid: () => undefined },
    { path: 'scenarios.list', kind: 'query', writes: null, valid: () => undefined },
    {
      path: 'scenarios.get',
      kind: 'query',
      writes: null,
      valid: () => ({ id: DEFAULT_SCENARIO_ID }),
    },
    {
      path: 'daily.today',
      kind: 'query',
      writes: null,
      valid: () => ({ scenarioId: DEFAULT_SCENARIO_ID }),
    },
    {
      path: 'runs.submit',
      kind: 'mutation',
      writes: 'run',
      valid: () => {
        const game = globalGames[pick++ % globalGames.length] ?? classGame;
        return {
          board: 'global',
          runId: randomUUID(),
          scenarioId: game.scenarioId,
          seed: game.seed,
          decisions: game.decisions,
          nickname: 'Fuzzy',
        };
      },
    },
    {
      path: 'runs.submit',
      kind: 'mutation',
      writes: 'run',
      valid: () => ({
        board: 'classroom',
        runId: randomUUID(),
        scenarioId: DEFAULT_SCENARIO_ID,
        seed: SEED,
        decisions: classGame.decisions,
        classroomCode: open.code,
        playerToken: student.playerToken,
      }),
    },
    {
      path: 'runs.submit',
      kind: 'mutation',
      writes: 'run',
      valid: () => ({
        board: 'daily',
        date: today,
        runId: randomUUID(),
        scenarioId: DEFAULT_SCENARIO_ID,
        seed: dailyGame.seed,
        decisions: dailyGame.decisions,
      }),
    },
    { path: 'runs.get', kind: 'query', writes: null, valid: () => ({ runId: stored.runId }) },
    { path: 'leaderboards.top', kind: 'query', writes: null, valid: () => ({ board, limit: 5 }) },
    {
      path: 'leaderboards.rankOf',
      kind: 'query',
      writes: null,
      valid: () => ({ board, runId: stored.runId }),
    },
    { path: 'leaderboards.live', kind: 'subscription', writes: null, valid: () => ({ board }) },
    {
      path: 'classrooms.create',
      kind: 'mutation',
      writes: 'classroom',
      valid: () => ({ title: 'Class', scenarioId: DEFAULT_SCENARIO_ID, visibility: 'top10' }),
    },
    {
      path: 'classrooms.join',
      kind: 'mutation',
      writes: 'player',
      valid: () => ({ code: open.code, nickname: `Fz${String(++joins)}` }),
    },
    { path: 'classrooms.get', kind: 'query', writes: null, valid: () => ({ code: open.code }) },
    {
      path: 'classrooms.progress',
      kind: 'mutation',
      writes: null,
      valid: () => ({ code: open.code, playerToken: student.playerToken, year: 2010 }),
    },
    ...(['dashboard', 'exportCsv', 'exportPanelCsv'] as const).map((name): Procedure => ({
      path: `classrooms.${name}`,
      kind: 'query',
      writes: null,
      valid: teacher(open.code, open.teacherKey),
    })),
    ...(['close', 'reopen'] as const).map((name): Procedure => ({
      path: `classrooms.${name}`,
      kind: 'mutation',
      writes: null,
      valid: teacher(toggled.code, toggled.teacherKey),
    })),
    {
      path: 'classrooms.removePlayer',
      kind: 'mutation',
      writes: null,
      refusedWith: 'NOT_FOUND',
      // No such player: NOT_FOUND, so the valid student is never removed.
      valid: () => ({ code: open.code, teacherKey: open.teacherKey, playerId: randomUUID() }),
    },
    {
      path: 'classrooms.delete',
      kind: 'mutation',
      writes: null,
      refusedWith: 'NOT_FOUND',
      // No such class: NOT_FOUND, so the fuzzed classes are never deleted.
      valid: () => ({ code: 'ZZZZZZ', teacherKey: open.teacherKey, confirm: 'ZZZZZZ' }),
    },
  ];
  return { api, procedures, storedRunId: stored.runId, storedScore: stored.score };
}
