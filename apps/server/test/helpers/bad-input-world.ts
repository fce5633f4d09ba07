import { randomUUID } from 'node:crypto';
import { DEFAULT_SCENARIO_ID, type Decision } from '@smile-curve/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectCode } from './errors.js';
import { botGame, type TestGame } from './games.js';
import { forEachDatabase, startTestServer, type Client, type TestServer } from './server.js';

/**
 * The setting the bad-input tables run in: an open class with a student,
 * a closed class with a student, a real game on the class seed, and a run
 * already stored on the global board.
 */

export const SEED = 424_242;

/** Sends what the types forbid: the point of these cases. */
export const unchecked = (value: unknown): never => value as never;

export interface BadInputCase {
  name: string;
  code: string;
  call: () => Promise<unknown>;
  check?: (data: Record<string, unknown> | undefined) => void;
}

export async function startWorld(dialect: 'sqlite' | 'postgres') {
  const server: TestServer = await startTestServer(dialect);
  const api: Client = server.client();
  const game: TestGame = botGame('balancedGic', DEFAULT_SCENARIO_ID, SEED);
  const newClass = (title: string) =>
    api.classrooms.create.mutate({
      title,
      scenarioId: DEFAULT_SCENARIO_ID,
      seed: SEED,
      visibility: 'all',
    });
  const created = await newClass('Open class');
  const open = {
    code: created.code,
    teacherKey: created.teacherKey,
    board: created.classroom.board,
  };
  const join = (nickname: string, code = open.code) =>
    api.classrooms.join.mutate({ code, nickname });
  const linToken = (await join('Lin')).playerToken;
  const shut = await newClass('Closed class');
  const closed = { code: shut.code };
  const closedToken = (await join('Wei', shut.code)).playerToken;
  await api.classrooms.close.mutate({ code: shut.code, teacherKey: shut.teacherKey });

  const submit = (input: Record<string, unknown>) =>
    api.runs.submit.mutate(
      unchecked({
        board: 'classroom',
        classroomCode: open.code,
        playerToken: linToken,
        runId: randomUUID(),
        scenarioId: DEFAULT_SCENARIO_ID,
        seed: SEED,
        decisions: game.decisions,
        ...input,
      }),
    );
  const globalRun = (input: Record<string, unknown>) =>
    submit({ board: 'global', classroomCode: undefined, playerToken: undefined, ...input });
  const storedRunId = randomUUID();
  await globalRun({ runId: storedRunId });

  return {
    server,
    api,
    game,
    open,
    closed,
    linToken,
    closedToken,
    storedRunId,
    submit,
    globalRun,
    join,
    /** The game with year four (2011) overspent. */
    overBudget: (): Decision[] =>
      game.decisions.map((d, i) =>
        i === 3 ? { ...d, spend: { ...d.spend, process: 999_999 } } : d,
      ),
    issuePaths: (data: Record<string, unknown> | undefined) =>
      (data?.zodIssues as { path: string }[] | null)?.map((issue) => issue.path) ?? [],
    today: () => new Date(server.clock.now).toISOString().slice(0, 10),
  };
}
export type BadInputWorld = Awaited<ReturnType<typeof startWorld>>;

/**
 * Runs a table of bad inputs on each database: every case must fail with its
 * code, and the number of rows in every table must not change.
 */
export function describeBadInputs(
  title: string,
  table: (world: () => BadInputWorld) => BadInputCase[],
): void {
  forEachDatabase(title, (dialect) => {
    let world: BadInputWorld | undefined;
    const w = () => {
      if (!world) throw new Error('world not started');
      return world;
    };
    beforeAll(async () => {
      world = await startWorld(dialect);
    });
    afterAll(async () => {
      await world?.server.close();
    });
    it.each(table(w))('$name → $code', async ({ call, code, check }) => {
      const before = await w().server.countRows();
      const data = await expectCode(call(), code);
      check?.(data as Record<string, unknown> | undefined);
      expect(await w().server.countRows()).toEqual(before);
    });
  });
}
