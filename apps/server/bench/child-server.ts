// The built server (dist/index.js) as a child process on a free loopback
// port, the way `pnpm start` runs it, with rate limits the bench cannot reach.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from '../src/node-flags.js';

export const serverDir = fileURLToPath(new URL('..', import.meta.url));
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 12_000;
/** How much of the server's own output is kept for an error message. */
const OUTPUT_KEPT = 16_384;

export interface ChildServer {
  url: string;
  pid: number;
  /** The server's output so far (its last 16 KB): warnings and errors at LOG_LEVEL=warn. */
  output(): string;
  /** Lines the server logged at warn or above since it said it was running. */
  warnings(): number;
  /** Peak resident set size so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** SIGTERM, then SIGKILL after a grace period; resolves with the exit code or signal. */
  stop(): Promise<string>;
  /** Immediate SIGKILL, for emergencies (safe to call any time, and synchronous). */
  kill(): void;
}

export function startChildServer(
  databaseUrl: string,
  gameDist: string,
  onUnexpectedExit: (reason: string) => void,
): Promise<ChildServer> {
  const child = spawn(process.execPath, [...NODE_FLAGS, 'dist/index.js'], {
    cwd: serverDir,
    // Only what the server needs: nothing from the caller's shell leaks into the settings.
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      GAME_DIST: gameDist,
      TRUST_PROXY: 'false',
      RATE_LIMIT_WINDOW_MS: '60000',
      RATE_LIMIT_MAX: '1000000',
      RATE_LIMIT_CREATE_MAX: '1000000',
      RATE_LIMIT_JOIN_MAX: '1000000',
      RATE_LIMIT_SUBMIT_MAX: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let ready = false;
  let warnings = 0;
  let stopping = false;
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-OUTPUT_KEPT);
    if (ready) warnings += text.split('\n').filter((line) => line.trim() !== '').length;
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(signal ?? `exit code ${code ?? '?'}`);
    });
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      kill(child);
      reject(new Error(`the server did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`));
    }, START_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start the server: ${error.message}`));
    });
    void exited.then((how) => {
      clearTimeout(timer);
      if (!ready) reject(new Error(`the server exited before it was ready (${how}):\n${output}`));
      else if (!stopping)
        onUnexpectedExit(`the server exited during the bench (${how}):\n${output}`);
    });
    // Registered after onData, so `output` already holds the chunk.
    const onReady = () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match?.[1] || ready || child.pid === undefined) return;
      ready = true;
      clearTimeout(timer);
      child.stdout.off('data', onReady);
      const pid = child.pid;
      resolve({
        url: match[1],
        pid,
        output: () => output,
        warnings: () => warnings,
        peakRssMb: () => readPeakRssMb(pid),
        async stop() {
          stopping = true;
          if (child.exitCode !== null || child.signalCode !== null) return exited;
          child.kill('SIGTERM');
          const grace = setTimeout(() => {
            kill(child);
          }, STOP_TIMEOUT_MS);
          try {
            return await exited;
          } finally {
            clearTimeout(grace);
          }
        },
        kill() {
          stopping = true;
          kill(child);
        },
      });
    };
    child.stdout.on('data', onReady);
  });
}

function kill(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** VmHWM from /proc/<pid>/status: the most memory the process has held resident. */
function readPeakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}
