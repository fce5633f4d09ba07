import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { DEFAULT_SCENARIO_ID, globalBoard } from '@smile-curve/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botGame, type Bot, type TestGame } from './helpers/games.js';
import { makeClient } from './helpers/server.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const BOTS: Bot[] = ['oemForever', 'balancedGic', 'brandFirst', 'gicWithTraining'];

/** Starts the built server; resolves with its URL once it says it is running. */
function startBuilt(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['dist/index.js'], {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DATABASE_URL: `file:${join(dir, 'crash.db')}`,
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

describe('the built server killed with SIGKILL mid-burst', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smile-curve-crash-'));
  const games: TestGame[] = [];

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: serverDir, stdio: 'pipe' });
    for (let i = 0; i < 400; i++) {
      games.push(botGame(BOTS[i % BOTS.length] ?? 'oemForever', DEFAULT_SCENARIO_ID, i % 5));
    }
  }, 60_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged run and an intact SQLite file', async () => {
    const first = await startBuilt(dir);
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

    const second = await startBuilt(dir);
    const again = makeClient(second.url);
    for (const [runId, score] of acknowledged) {
      expect((await again.runs.get.query({ runId })).score).toBe(score);
    }
    const top = await again.leaderboards.top.query({ board: globalBoard(DEFAULT_SCENARIO_ID) });
    expect(top.boardSize).toBeGreaterThanOrEqual(acknowledged.size);

    // A graceful stop exits 0.
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toEqual({ code: 0, signal: null });

    const sqlite = new SqliteDatabase(join(dir, 'crash.db'), { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const { n } = sqlite.prepare('select count(*) as n from runs').get() as { n: number };
      expect(n).toBe(top.boardSize);
    } finally {
      sqlite.close();
    }
  }, 60_000);
});
