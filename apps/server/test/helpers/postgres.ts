import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the storage tests use; any database the user may create schemas in. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** In CI a missing PostgreSQL is a failure, not a skip. */
export const IS_CI = process.env.CI === 'true' || process.env.CI === '1';

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

/** Connects once with a short timeout; says why when it cannot. */
export async function checkPostgres(
  url: string = TEST_DATABASE_URL,
): Promise<{ reachable: true } | { reachable: false; reason: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined); // a late socket error must not crash the run
  try {
    await client.connect();
    await client.query('select 1');
    return { reachable: true };
  } catch (error) {
    return { reachable: false, reason: error instanceof Error ? error.message : 'unknown error' };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh, uniquely named schema for one test file run; `drop` removes it and all in it. */
export async function createTestSchema(
  url: string = TEST_DATABASE_URL,
): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withClient(url, (client) => client.query(`create schema ${schema}`));
  return {
    schema,
    drop: () =>
      withClient(url, (client) => client.query(`drop schema if exists ${schema} cascade`)),
  };
}

async function withClient(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Runs one statement on a connection of its own (for tests that act as an operator). */
export async function queryOnce(sql: string, params: unknown[] = [], url = TEST_DATABASE_URL) {
  let rows: unknown[] = [];
  await withClient(url, async (client) => {
    rows = (await client.query(sql, params)).rows;
  });
  return rows;
}

/**
 * Whether a service a suite needs is there: in CI its absence is a failure,
 * elsewhere the suite is skipped with a warning.
 */
export function needs(
  suite: string,
  what: string,
  check: { reachable: true } | { reachable: false; reason: string },
): boolean {
  if (check.reachable) return true;
  if (IS_CI) throw new Error(`${what} is unreachable (${check.reason}); CI=true requires it.`);
  console.warn(`\n⚠ ${suite}: ${what} tests SKIPPED (${check.reason})\n`);
  return false;
}
