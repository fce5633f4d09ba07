// @ts-check
// The real server, the way `pnpm start` runs it (`node dist/index.js` in
// apps/server), on a free loopback port with a throwaway SQLite file.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverEnv } from './env.mjs';

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 8_000;
const OUTPUT_KEPT = 8_192;

/**
 * @typedef {object} RunningServer
 * @property {string} url e.g. http://127.0.0.1:41234
 * @property {number} pid
 * @property {() => string} output the server's last output (warnings and errors at LOG_LEVEL=warn)
 * @property {() => Promise<void>} stop SIGTERM, SIGKILL after a grace period; removes the database
 * @property {() => void} kill immediate SIGKILL and removes the database (synchronous, for process exit)
 */

/**
 * @param {string} serverDir apps/server (its dist/index.js must exist)
 * @returns {Promise<RunningServer>}
 */
export async function startServer(serverDir) {
  const dataDir = mkdtempSync(join(tmpdir(), 'smile-curve-game-bench-'));
  const child = spawn(process.execPath, ['dist/index.js'], {
    cwd: serverDir,
    env: serverEnv(join(dataDir, 'bench.db')),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  /** @type {string | null} */
  let exited = null;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = signal ?? `code ${String(code)}`;
      resolve(exited);
    });
  });
  const keep = (/** @type {Buffer} */ chunk) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const kill = () => {
    if (exited === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exit;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await waitForUrl(
      () => output,
      () => exited,
    );
    const health = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
    if (!health.ok) throw new Error(`/healthz answered ${String(health.status)}`);
    return { url, pid: child.pid ?? -1, output: () => output, stop, kill };
  } catch (error) {
    await stop();
    throw new Error(
      `The server did not start: ${error instanceof Error ? error.message : String(error)}\n${output}`,
      { cause: error },
    );
  }
}

/**
 * Waits (bounded) for the server's "running at <url>" line.
 * @param {() => string} output
 * @param {() => string | null} exited
 * @returns {Promise<string>}
 */
async function waitForUrl(output, exited) {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output());
    if (match?.[1]) return match[1];
    const code = exited();
    if (code !== null) throw new Error(`it exited (${code})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no "running at" line within ${String(START_TIMEOUT_MS)} ms`);
}
