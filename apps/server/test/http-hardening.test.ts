import { randomUUID } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import { DEFAULT_SCENARIO_ID, globalBoard } from '@smile-curve/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCode } from './helpers/errors.js';
import { botGame } from './helpers/games.js';
import { IS_CI, TEST_DATABASE_URL, checkPostgres, createTestSchema } from './helpers/postgres.js';
import { makeClient, startTestServer, type TestServer } from './helpers/server.js';
import { startTcpProxy } from './helpers/tcp-proxy.js';
import { createServer } from '../src/create-server.js';
import { configWith } from '../src/env.js';

describe('HTTP hardening', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { RATE_LIMIT_MAX: 1_000_000 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('sends security headers with a CSP the Phaser game runs under', async () => {
    const res = await fetch(`${server.url}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // The same headers on the API and on a 404, not only on plain routes.
    for (const path of ['/trpc/health.check', '/no-such-page.js']) {
      const other = await fetch(`${server.url}${path}`);
      expect(other.headers.get('content-security-policy')).toBe(csp);
      expect(other.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('is same-origin by default: no CORS headers for another site', async () => {
    const res = await fetch(`${server.url}/trpc/health.check`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses bodies over 64 KB with 413 in tRPC error shape', async () => {
    const res = await fetch(`${server.url}/trpc/classrooms.join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'ABCDEF', nickname: 'x'.repeat(70 * 1024) }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: { data: { code: string } } };
    expect(body.error.data.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON with a client error, not a 500', async () => {
    const res = await fetch(`${server.url}/trpc/classrooms.join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code": ',
    });
    expect(res.status).toBe(400);
  });

  it('reports readiness from the database', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('closes live streams when it stops, promptly', async () => {
    const own = await startTestServer('sqlite');
    const board = globalBoard(DEFAULT_SCENARIO_ID);
    const state = { completed: false };
    const subscription = own.client().leaderboards.live.subscribe(
      { board },
      {
        onComplete: () => {
          state.completed = true;
        },
        onError: () => undefined,
      },
    );
    while (own.app.liveSubscribers(board) === 0) await new Promise((r) => setTimeout(r, 5));
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(own.app.liveSubscribers(board)).toBe(0);
    // The server ended the stream (tRPC's "return" event): the client completes, no reconnect loop.
    for (let i = 0; i < 100 && !state.completed; i++) await new Promise((r) => setTimeout(r, 10));
    expect(state.completed).toBe(true);
    subscription.unsubscribe();
  });
});

describe('CORS when configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { CORS_ORIGIN: ['https://game.example'] });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers preflights and requests of the listed origin only', async () => {
    const preflight = await fetch(`${server.url}/trpc/runs.submit`, {
      method: 'OPTIONS',
      headers: { origin: 'https://game.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://game.example');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-teacher-key');
    const other = await fetch(`${server.url}/trpc/health.check`, {
      headers: { origin: 'https://other.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', {
      RATE_LIMIT_MAX: 5,
      RATE_LIMIT_JOIN_MAX: 2,
      TRUST_PROXY: true,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('limits joins per IP more strictly than the rest, as TOO_MANY_REQUESTS', async () => {
    const from = (ip: string) => makeClient(server.url, { 'x-forwarded-for': ip });
    const student = from('203.0.113.7');
    const join = (nickname: string) => student.classrooms.join.mutate({ code: 'ABCDEF', nickname });
    await expectCode(join('One'), 'NOT_FOUND');
    await expectCode(join('Two'), 'NOT_FOUND');
    const limited = await expectCode(join('Three'), 'TOO_MANY_REQUESTS');
    expect(limited?.httpStatus).toBe(429);
    // Another bucket, and another IP (trusted proxy), are not affected.
    await expect(student.health.check.query()).resolves.toMatchObject({ status: 'ok' });
    await expectCode(
      from('198.51.100.2').classrooms.join.mutate({ code: 'ABCDEF', nickname: 'Other' }),
      'NOT_FOUND',
    );
  });

  it('limits everything else per IP, but never the health checks', async () => {
    const client = makeClient(server.url, { 'x-forwarded-for': '192.0.2.44' });
    for (let i = 0; i < 5; i++) await client.scenarios.list.query();
    await expectCode(client.scenarios.list.query(), 'TOO_MANY_REQUESTS');
    for (let i = 0; i < 10; i++) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('error detail by environment', () => {
  it('shows no stack traces in production, and does in development', async () => {
    for (const [NODE_ENV, stack] of [
      ['production', false],
      ['development', true],
    ] as const) {
      const server = await startTestServer('sqlite', { NODE_ENV });
      try {
        const data = await expectCode(
          server.client().runs.get.query({ runId: randomUUID() }),
          'NOT_FOUND',
        );
        expect(typeof data?.stack === 'string').toBe(stack);
      } finally {
        await server.close();
      }
    }
  });
});

const postgres = await checkPostgres();

describe('a database that cannot be reached', () => {
  it('SQLite locked past the busy timeout: SERVICE_UNAVAILABLE, nothing written', async () => {
    const server = await startTestServer('sqlite');
    const lock = new SqliteDatabase(server.sqlitePath ?? '');
    try {
      lock.exec('BEGIN EXCLUSIVE');
      const game = botGame('oemForever', DEFAULT_SCENARIO_ID, 5);
      await expectCode(
        server.client().runs.submit.mutate({
          board: 'global',
          runId: game.runId,
          scenarioId: DEFAULT_SCENARIO_ID,
          seed: 5,
          decisions: game.decisions,
        }),
        'SERVICE_UNAVAILABLE',
      );
      lock.exec('ROLLBACK');
      expect((await server.countRows()).runs).toBe(0);
    } finally {
      lock.close();
      await server.close();
    }
  }, 20_000);

  it.skipIf(!postgres.reachable && !IS_CI)(
    'PostgreSQL cut off: SERVICE_UNAVAILABLE and 503 from /readyz, back when it returns',
    async () => {
      const target = new URL(TEST_DATABASE_URL);
      const proxy = await startTcpProxy({
        host: target.hostname,
        port: Number(target.port || 5432),
      });
      const schema = await createTestSchema();
      const viaProxy = new URL(TEST_DATABASE_URL);
      viaProxy.hostname = '127.0.0.1';
      viaProxy.port = String(proxy.port);
      const app = await createServer(
        configWith({
          PORT: 0,
          HOST: '127.0.0.1',
          LOG_LEVEL: 'silent',
          DATABASE_URL: viaProxy.toString(),
        }),
        { database: { schema: schema.schema, connectionTimeoutMillis: 1000 } },
      );
      const url = await app.start();
      const api = makeClient(url);
      try {
        const room = await api.classrooms.create.mutate({
          title: 'Before the outage',
          scenarioId: DEFAULT_SCENARIO_ID,
          visibility: 'all',
        });
        await proxy.cut();
        await expectCode(api.classrooms.get.query({ code: room.code }), 'SERVICE_UNAVAILABLE');
        await expectCode(
          api.classrooms.join.mutate({ code: room.code, nickname: 'Lost' }),
          'SERVICE_UNAVAILABLE',
        );
        expect((await fetch(`${url}/readyz`)).status).toBe(503);
        // Procedures that need no database keep working.
        await expect(api.scenarios.list.query()).resolves.toBeDefined();

        await proxy.restore();
        expect((await fetch(`${url}/readyz`)).status).toBe(200);
        expect(await api.classrooms.get.query({ code: room.code })).toMatchObject({
          playerCount: 0,
        });
      } finally {
        await app.stop();
        await proxy.close();
        await schema.drop();
      }
    },
    20_000,
  );
});
