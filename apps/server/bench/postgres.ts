// A throwaway PostgreSQL database per bench run. The server picks its schema
// only through createServer options (not the environment), so the built
// server gets a database of its own, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where to create it: the same PostgreSQL the server's tests use. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ThrowawayDatabase {
  name: string;
  url: string;
  create(): Promise<void>;
  /** Safe to call before create() and more than once. */
  drop(): Promise<void>;
}

/** Names one; register its drop() for cleanup before calling create(). */
export function throwawayDatabase(): ThrowawayDatabase {
  const name = `bench_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let dropping: Promise<void> | undefined;
  return {
    name,
    url: url.toString(),
    async create() {
      await admin(`create database ${name}`);
    },
    drop() {
      // FORCE ends connections a killed server may have left behind.
      dropping ??= admin(`drop database if exists ${name} with (force)`).then(() => undefined);
      return dropping;
    },
  };
}

/** Connects once and returns PostgreSQL's version; says why when it cannot. */
export async function checkPostgres(): Promise<string> {
  const [row] = await admin('show server_version');
  return typeof row?.server_version === 'string' ? row.server_version : 'unknown';
}

async function admin(statement: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined); // a late socket error must not crash the bench
  try {
    await client.connect();
    const result = await client.query<Record<string, unknown>>(statement);
    return result.rows;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL at ${describeUrl(ADMIN_URL)}: "${statement}" failed: ${reason}`, {
      cause: error,
    });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
