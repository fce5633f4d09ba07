import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { ENGINE_VERSION } from '@smile-curve/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../src/create-server.js';
import { configWith } from '../src/env.js';
import type { AppRouter } from '../src/routers/_app.js';

describe('server over real HTTP', () => {
  let app: Awaited<ReturnType<typeof createServer>>;
  let url: string;

  beforeAll(async () => {
    const gameDist = mkdtempSync(join(tmpdir(), 'smile-curve-game-'));
    writeFileSync(join(gameDist, 'index.html'), '<!doctype html><title>Smile Curve</title>');
    mkdirSync(join(gameDist, 'assets'));
    writeFileSync(join(gameDist, 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
    app = await createServer(
      configWith({
        PORT: 0,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        GAME_DIST: gameDist,
        DATABASE_URL: ':memory:',
      }),
    );
    url = await app.start();
  });

  afterAll(async () => {
    await app.stop();
  });

  it('answers the health procedure through @trpc/client', async () => {
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${url}/trpc` })] });
    const health = await client.health.check.query();
    expect(health.status).toBe('ok');
    expect(health.engineVersion).toBe(ENGINE_VERSION);
    expect(health.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('answers /healthz for process monitors', async () => {
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the game page at / without caching it', async () => {
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Smile Curve</title>');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('caches hashed assets for a year', async () => {
    const res = await fetch(`${url}/assets/index-AbCdEf12.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('falls back to the game page for app routes like /join/CODE', async () => {
    const res = await fetch(`${url}/join/ABC234`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Smile Curve</title>');
  });

  it('answers 404 (not the page) for unknown API paths', async () => {
    const res = await fetch(`${url}/trpc/nope.nothing`);
    expect(res.status).toBe(404);
  });
});
