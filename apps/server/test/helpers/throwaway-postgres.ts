import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl on a free port), so
 * a test may stop and start it without touching the machine's shared one.
 * As root, the tools run as the `postgres` user (initdb refuses root).
 */

const run = promisify(execFile);
const BIN = process.env.PG_BIN_DIR ?? '/usr/local/bin';
const AS_ROOT = process.getuid?.() === 0;
const OWNER = process.env.PG_CLUSTER_USER ?? 'postgres';

function tool(name: string, args: string[]) {
  const [file, argv] = AS_ROOT
    ? ['runuser', ['-u', OWNER, '--', join(BIN, name), ...args]]
    : [join(BIN, name), args];
  return run(file, argv, { timeout: 60_000 });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

export interface ThrowawayCluster {
  /** postgres://… to the cluster's `postgres` database. */
  url: string;
  port: number;
  start(): Promise<void>;
  /** `immediate` is a crash as far as the data goes: WAL recovery on the next start. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops it (if running) and deletes its files. */
  destroy(): Promise<void>;
}

export async function createThrowawayCluster(): Promise<ThrowawayCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'smile-curve-pg-'));
  if (AS_ROOT) {
    const { stdout } = await run('id', ['-u', OWNER]);
    chownSync(dir, Number(stdout.trim()), -1);
  }
  const data = join(dir, 'data');
  await tool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${String(port)} -k ${dir} -c listen_addresses=127.0.0.1`;
  let running = false;
  const cluster: ThrowawayCluster = {
    url: `postgres://postgres@127.0.0.1:${String(port)}/postgres`,
    port,
    async start() {
      await tool('pg_ctl', [
        '-D',
        data,
        '-o',
        options,
        '-l',
        join(dir, 'server.log'),
        '-w',
        'start',
      ]);
      running = true;
    },
    async stop(mode = 'fast') {
      await tool('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) await cluster.stop('immediate').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
