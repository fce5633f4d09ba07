import { randomBytes } from 'node:crypto';
import { DEFAULT_SCENARIO_ID } from '@smile-curve/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCode } from './helpers/errors.js';
import { botGame } from './helpers/games.js';
import { checkPostgres, createTestSchema, needs } from './helpers/postgres.js';
import { TEST_REDIS_URL, checkRedis, deleteKeys } from './helpers/redis.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/**
 * Rate limits count across instances when REDIS_URL is set: two servers on
 * one PostgreSQL schema share one budget per client. Without Redis reachable
 * the limiter lets requests through instead of failing them.
 */

const SEED = 4242;
const postgres = await checkPostgres();
const redis = await checkRedis();
const SUITE = 'shared rate limits';

describe.skipIf(!needs(SUITE, 'PostgreSQL', postgres) || !needs(SUITE, 'Redis', redis))(
  'rate limits shared by several instances through Redis',
  () => {
    const prefix = `smile-curve-test:${randomBytes(6).toString('hex')}:`;
    let schema: Awaited<ReturnType<typeof createTestSchema>>;
    let a: TestServer;
    let b: TestServer;

    beforeAll(async () => {
      schema = await createTestSchema();
      const env = {
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        RATE_LIMIT_SUBMIT_MAX: 3,
        RATE_LIMIT_WINDOW_MS: 600_000,
      };
      a = await startTestServer('postgres', env, undefined, schema);
      b = await startTestServer('postgres', env, undefined, schema);
    });
    afterAll(async () => {
      await Promise.all([a.close(), b.close()]);
      await schema.drop();
      await deleteKeys(prefix);
    });

    it('counts one budget for a client, whichever instance it reaches', async () => {
      const game = botGame('balancedGic', DEFAULT_SCENARIO_ID, SEED);
      const send = (server: TestServer) =>
        server.client().runs.submit.mutate({
          board: 'global',
          runId: game.runId,
          scenarioId: game.scenarioId,
          seed: game.seed,
          decisions: game.decisions,
        });
      // Three submits (a first one and two retries) spread over both instances: the budget.
      await send(a);
      await send(b);
      await send(a);
      const limited = await expectCode(send(b), 'TOO_MANY_REQUESTS');
      expect(limited?.httpStatus).toBe(429);
      await expectCode(send(a), 'TOO_MANY_REQUESTS');
      // Only the submit budget is spent: other procedures still answer on both.
      await expect(a.client().scenarios.list.query()).resolves.toBeTruthy();
      await expect(b.client().scenarios.list.query()).resolves.toBeTruthy();
      expect((await a.countRows()).runs).toBe(1);
    });
  },
);

describe('rate limits when Redis is unreachable', () => {
  let server: TestServer;

  beforeAll(async () => {
    // Nothing listens on port 1: the limiter cannot count.
    server = await startTestServer('sqlite', {
      REDIS_URL: 'redis://127.0.0.1:1',
      RATE_LIMIT_MAX: 1,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('lets requests through rather than failing them', async () => {
    const api = server.client();
    for (let i = 0; i < 3; i += 1) {
      await expect(api.scenarios.list.query()).resolves.toMatchObject({
        engineVersion: expect.any(String) as string,
      });
    }
  });
});
