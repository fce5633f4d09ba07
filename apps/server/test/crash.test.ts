import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { DEFAULT_SCENARIO_ID, globalBoard } from '@smile-curve/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botGame, type Bot, type TestGame } from './helpers/games.js';
import { makeClient } from './helpers/server.js';
import { createThrowawayCluster } from './helpers/throwaway-postgres.js';
import { NODE_FLAGS } from '../src/node-flags.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const BOTS: Bot[] = ['oemForever', 'balancedGic', 'brandFirst', 'gicWithTraining'];

/** Starts the built server; resolves with its URL once it says it is running. */
function startBuilt(
  databaseUrl: string,
  dir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...NODE_FLAGS, 'dist/index.js'], {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      GAME_DIST: dir,
      RATE_LIMIT_MAX: '1000000',
      RATE_LIMIT_SUBMIT_MAX: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`server did not start:\n${output}`));
    }, 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
    } else
      child.once('exit', (code, signal) => {
        resolve({ code, signal });
      });
  });
}

/** Where the killed server keeps its runs, and how to count them behind its back. */
interface Store {
  url: string;
  countRuns(): Promise<number>;
  /** SQLite: PRAGMA integrity_check; PostgreSQL: nothing more to check. */
  integrity(): string;
  close(): Promise<void>;
}

function sqliteStore(dir: string): Store {
  const path = join(dir, 'crash.db');
  const read = <T>(work: (db: SqliteDatabase.Database) => T): T => {
    const sqlite = new SqliteDatabase(path, { readonly: true });
    try {
      return work(sqlite);
    } finally {
      sqlite.close();
    }
  };
  return {
    url: `file:${path}`,
    countRuns: () =>
      Promise.resolve(
        read((db) => (db.prepare('select count(*) as n from runs').get() as { n: number }).n),
      ),
    integrity: () => read((db) => String(db.pragma('integrity_check', { simple: true }))),
    close: () => Promise.resolve(),
  };
}

async function postgresStore(): Promise<Store> {
  const cluster = await createThrowawayCluster();
  return {
    url: cluster.url,
    async countRuns() {
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      try {
        const result = await client.query<{ n: string }>('select count(*) as n from runs');
        return Number(result.rows[0]?.n);
      } finally {
        await client.end();
      }
    },
    integrity: () => 'ok',
    close: () => cluster.destroy(),
  };
}

describe.each(['SQLite', 'PostgreSQL'] as const)(
  'the built server killed with SIGKILL mid-burst (%s)',
  (engine) => {
    const dir = mkdtempSync(join(tmpdir(), 'smile-curve-crash-'));
    const games: TestGame[] = [];
    let store: Store | undefined;

    beforeAll(async () => {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: serverDir, stdio: 'pipe' });
      for (let i = 0; i < 400; i++) {
        games.push(botGame(BOTS[i % BOTS.length] ?? 'oemForever', DEFAULT_SCENARIO_ID, i % 5));
      }
      store = engine === 'SQLite' ? sqliteStore(dir) : await postgresStore();
    }, 120_000);
    afterAll(async () => {
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it(`keeps every acknowledged run, none twice${engine === 'SQLite' ? ', and an intact SQLite file' : ''}`, async () => {
      if (!store) throw new Error('no store');
      const first = await startBuilt(store.url, dir);
      const api = makeClient(first.url);
      const acknowledged = new Map<string, number>();
      let killed = false;
      const burst = games.map(async (game) => {
        try {
          const answer = await api.runs.submit.mutate({
            board: 'global',
            runId: game.runId,
            scenarioId: game.scenarioId,
            seed: game.seed,
            decisions: game.decisions,
          });
          acknowledged.set(answer.runId, answer.score);
          if (acknowledged.size >= 80 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch {
          // In flight when the process died: never acknowledged, so no promise was made.
        }
      });
      await Promise.all(burst);
      expect(await exited(first.child)).toMatchObject({ signal: 'SIGKILL' });
      expect(killed).toBe(true);
      expect(acknowledged.size).toBeLessThan(games.length);
      console.info(
        `${engine}: ${String(acknowledged.size)} of ${String(games.length)} runs acknowledged before SIGKILL`,
      );

      const second = await startBuilt(store.url, dir);
      const again = makeClient(second.url);
      for (const [runId, score] of acknowledged) {
        expect((await again.runs.get.query({ runId })).score).toBe(score);
      }
      // Every client retries what it sent (same runId): acknowledged runs are not stored twice.
      for (const game of games) {
        const answer = await again.runs.submit.mutate({
          board: 'global',
          runId: game.runId,
          scenarioId: game.scenarioId,
          seed: game.seed,
          decisions: game.decisions,
        });
        expect(answer.score).toBe(acknowledged.get(game.runId) ?? game.expected.total);
      }
      const top = await again.leaderboards.top.query({ board: globalBoard(DEFAULT_SCENARIO_ID) });
      expect(top.boardSize).toBe(games.length);

      // A graceful stop exits 0.
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toEqual({ code: 0, signal: null });

      expect(store.integrity()).toBe('ok');
      // Every run stored is on the board once: no acknowledged run twice, no half-written row.
      expect(await store.countRuns()).toBe(top.boardSize);
    }, 120_000);
  },
);
