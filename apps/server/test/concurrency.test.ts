import { DEFAULT_SCENARIO_ID, globalBoard } from '@smile-curve/domain';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { botGame, type Bot, type TestGame } from './helpers/games.js';
import { forEachDatabase, startTestServer, type TestServer } from './helpers/server.js';

const BOTS: Bot[] = ['oemForever', 'balancedGic', 'brandFirst', 'gicWithTraining', 'allInResearch'];
const board = globalBoard(DEFAULT_SCENARIO_ID);

forEachDatabase('200 parallel submits to one board', (dialect) => {
  let server: TestServer;
  const games: TestGame[] = [];

  beforeAll(async () => {
    server = await startTestServer(dialect);
    // Few seeds, several bots: many equal scores, so ties must break by submission order.
    for (let i = 0; i < 200; i++) {
      games.push(botGame(BOTS[i % BOTS.length] ?? 'oemForever', DEFAULT_SCENARIO_ID, i % 8));
    }
  });
  afterAll(async () => {
    await server.close();
  });

  it('stores each exactly once, and every rank agrees with the board', async () => {
    const api = server.client();
    const submit = (game: TestGame) =>
      api.runs.submit.mutate({
        board: 'global',
        runId: game.runId,
        scenarioId: game.scenarioId,
        seed: game.seed,
        decisions: game.decisions,
        nickname: `Bot ${game.runId.slice(0, 4)}`,
      });
    const answers = await Promise.all(games.map(submit));
    for (const [i, answer] of answers.entries()) {
      expect(answer.score).toBe(games[i]?.expected.total);
      expect(answer.rank).toBeGreaterThanOrEqual(1);
      expect(answer.rank).toBeLessThanOrEqual(answer.boardSize);
    }
    // Retries of the first hundred, at the same time: nothing new is stored.
    const retries = await Promise.all(games.slice(0, 100).map(submit));
    expect(retries.map((r) => r.score)).toEqual(answers.slice(0, 100).map((a) => a.score));
    expect((await server.countRows()).runs).toBe(200);

    const first = await api.leaderboards.top.query({ board, limit: 100 });
    const second = await api.leaderboards.top.query({
      board,
      limit: 100,
      cursor: first.nextCursor ?? undefined,
    });
    const entries = [...first.entries, ...second.entries];
    expect(second.nextCursor).toBeNull();
    expect(first.boardSize).toBe(200);
    expect(entries.map((e) => e.rank)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.runId)).size).toBe(200);
    for (let i = 1; i < entries.length; i++) {
      const [a, b] = [entries[i - 1], entries[i]];
      if (!a || !b) continue;
      expect(a.score > b.score || (a.score === b.score && a.seq < b.seq)).toBe(true);
    }
    const ranks = await Promise.all(
      entries.map((e) => api.leaderboards.rankOf.query({ board, runId: e.runId })),
    );
    expect(ranks.map((r) => r.rank)).toEqual(entries.map((e) => e.rank));
    expect(new Set(ranks.map((r) => r.boardSize))).toEqual(new Set([200]));
  });
});
