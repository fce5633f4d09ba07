import { randomUUID } from 'node:crypto';
import { DEFAULT_SCENARIO_ID, globalBoard } from '@smile-curve/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectCode } from './helpers/errors.js';
import { botGame } from './helpers/games.js';
import {
  forEachDatabase,
  startTestServer,
  type Client,
  type TestServer,
} from './helpers/server.js';

forEachDatabase('global and daily boards over HTTP', (dialect) => {
  let server: TestServer;
  let anyone: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    anyone = server.client();
  });
  afterAll(async () => {
    await server.close();
  });

  it('keeps global and daily boards apart, each with its own ranks', async () => {
    const today = new Date(server.clock.now).toISOString().slice(0, 10);
    const daily = await anyone.daily.today.query();
    expect(daily).toMatchObject({ date: today, scenarioId: DEFAULT_SCENARIO_ID });
    const dailyGame = botGame('balancedGic', DEFAULT_SCENARIO_ID, daily.seed);
    const dailyAnswer = await anyone.runs.submit.mutate({
      board: 'daily',
      date: daily.date,
      nickname: 'Early Bird',
      runId: dailyGame.runId,
      scenarioId: DEFAULT_SCENARIO_ID,
      seed: daily.seed,
      decisions: dailyGame.decisions,
    });
    expect(dailyAnswer).toMatchObject({ score: dailyGame.expected.total, rank: 1, boardSize: 1 });
    const globalGame = botGame('oemForever', DEFAULT_SCENARIO_ID, 7);
    await anyone.runs.submit.mutate({
      board: 'global',
      runId: globalGame.runId,
      scenarioId: DEFAULT_SCENARIO_ID,
      seed: 7,
      decisions: globalGame.decisions,
    });
    const dailyTop = await anyone.leaderboards.top.query({ board: daily.board });
    expect(dailyTop.entries.map((e) => e.nickname)).toEqual(['Early Bird']);
    const globalTop = await anyone.leaderboards.top.query({
      board: globalBoard(DEFAULT_SCENARIO_ID),
    });
    expect(globalTop.entries.map((e) => [e.runId, e.nickname])).toEqual([
      [globalGame.runId, 'Anonymous'],
    ]);
    await expectCode(anyone.runs.get.query({ runId: randomUUID() }), 'NOT_FOUND');
  });
});
