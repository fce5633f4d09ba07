import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCClientError } from '@trpc/client';
import { DEFAULT_SCENARIO_ID, globalBoard } from '@smile-curve/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/create-server.js';
import { configWith } from '../src/env.js';
import { errorOf } from './helpers/errors.js';
import { botGame, type Bot, type TestGame } from './helpers/games.js';
import { makeClient } from './helpers/server.js';
import { createThrowawayCluster, type ThrowawayCluster } from './helpers/throwaway-postgres.js';

/**
 * PostgreSQL itself goes down in the middle of a submit burst (a cluster this
 * test made, stopped as abruptly as pg_ctl can) and comes back: meanwhile the
 * server answers SERVICE_UNAVAILABLE without hanging and /readyz fails; then
 * it serves again by itself, and no acknowledged run is lost or doubled.
 */

const BOTS: Bot[] = ['oemForever', 'balancedGic', 'brandFirst', 'gicWithTraining'];
/** A request that takes longer than this while the database is down counts as hung. */
const HUNG_MS = 8_000;

describe('PostgreSQL stopped mid-burst and started again', () => {
  let cluster: ThrowawayCluster | undefined;
  let app: Awaited<ReturnType<typeof createServer>> | undefined;
  let url = '';
  const dir = mkdtempSync(join(tmpdir(), 'smile-curve-pgdown-'));
  const games: TestGame[] = [];

  beforeAll(async () => {
    cluster = await createThrowawayCluster();
    for (let i = 0; i < 240; i++) {
      games.push(botGame(BOTS[i % BOTS.length] ?? 'oemForever', DEFAULT_SCENARIO_ID, i % 7));
    }
    app = await createServer(
      configWith({
        PORT: 0,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
        GAME_DIST: dir,
        DATABASE_URL: cluster.url,
        RATE_LIMIT_MAX: 1_000_000,
        RATE_LIMIT_SUBMIT_MAX: 1_000_000,
      }),
    );
    url = await app.start();
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await cluster?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers SERVICE_UNAVAILABLE quickly while down, recovers without a restart, loses nothing', async () => {
    if (!cluster) throw new Error('no cluster');
    const db = cluster;
    const api = makeClient(url);
    const submit = (game: TestGame) =>
      api.runs.submit.mutate({
        board: 'global',
        runId: game.runId,
        scenarioId: game.scenarioId,
        seed: game.seed,
        decisions: game.decisions,
      });
    const acknowledged = new Map<string, number>();
    const failures: string[] = [];
    let stopping: Promise<void> | undefined;
    let down = false;
    const downLatencies: number[] = [];

    // Eight clients, one game after another, as a class would.
    const queue = [...games];
    const client = async () => {
      for (let game = queue.shift(); game; game = queue.shift()) {
        const started = performance.now();
        const wasDown = down;
        try {
          const answer = await submit(game);
          acknowledged.set(answer.runId, answer.score);
          if (acknowledged.size >= 60 && !stopping) {
            stopping = db.stop('immediate').then(() => {
              down = true;
            });
          }
        } catch (error) {
          failures.push(
            error instanceof TRPCClientError
              ? String((error.data as { code?: string } | undefined)?.code)
              : String(error),
          );
        }
        if (wasDown) downLatencies.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    await stopping;
    expect(down).toBe(true);

    // Down: every call is refused at once as "try again", and /readyz says so.
    const early = await errorOf(submit(games[0] as TestGame));
    expect(early.data?.code).toBe('SERVICE_UNAVAILABLE');
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(HUNG_MS) });
    expect(ready.status).toBe(503);
    const board = globalBoard(DEFAULT_SCENARIO_ID);
    const t0 = performance.now();
    const topDown = await errorOf(api.leaderboards.top.query({ board }));
    downLatencies.push(performance.now() - t0);
    expect(topDown.data?.code).toBe('SERVICE_UNAVAILABLE');
    expect(new Set(failures)).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(Math.max(...downLatencies)).toBeLessThan(HUNG_MS);
    console.info(
      `PostgreSQL down: ${String(failures.length)} submits refused as SERVICE_UNAVAILABLE, ` +
        `slowest answer while down ${Math.max(...downLatencies).toFixed(0)} ms`,
    );

    // Back: the same server process serves again once the database answers.
    await db.start();
    const deadline = Date.now() + 30_000;
    while ((await fetch(`${url}/readyz`)).status !== 200) {
      if (Date.now() > deadline) throw new Error('the server did not recover within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // Clients retry what was not acknowledged (same runId: idempotent).
    for (const game of games) {
      const answer = await submit(game);
      const before = acknowledged.get(game.runId);
      if (before !== undefined) expect(answer.score).toBe(before);
      acknowledged.set(game.runId, answer.score);
    }
    for (const [runId, score] of acknowledged) {
      expect((await api.runs.get.query({ runId })).score).toBe(score);
    }
    const top = await api.leaderboards.top.query({ board });
    expect(top.boardSize).toBe(games.length);
  }, 180_000);
});
