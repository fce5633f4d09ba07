import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTRPCClient,
  httpLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
} from '@trpc/client';
import { describe, it } from 'vitest';
import { createServer } from '../../src/create-server.js';
import { configWith, type Env } from '../../src/env.js';
import type { AppRouter } from '../../src/routers/_app.js';
import { openDatabase, type OpenedDatabase } from '../../src/storage/index.js';
import { TestEventSource } from './event-source.js';
import {
  IS_CI,
  TEST_DATABASE_URL,
  checkPostgres,
  createTestSchema,
  describeUrl,
} from './postgres.js';

export type Dialect = 'sqlite' | 'postgres';
export type Client = TRPCClient<AppRouter>;

/** A server on a random port over a fresh database, with a movable clock. */
export interface TestServer {
  url: string;
  dialect: Dialect;
  app: Awaited<ReturnType<typeof createServer>>;
  /** Procedures see this instant (ms); move it to change "today". */
  clock: { now: number };
  /** A client over real HTTP; `headers` go with every call (e.g. x-teacher-key). */
  client(headers?: Record<string, string>): Client;
  /** SQLite: the database file. */
  sqlitePath: string | null;
  /** Rows in each table, read over a connection of its own. */
  countRows(): Promise<{ classrooms: number; players: number; runs: number }>;
  /** That connection of its own, to look at the stored rows. */
  observer: OpenedDatabase['db'];
  close(): Promise<void>;
}

/** Limits so high the functional tests never meet them; rate-limit tests set their own. */
const UNLIMITED: Partial<Env> = {
  RATE_LIMIT_MAX: 1_000_000,
  RATE_LIMIT_CREATE_MAX: 1_000_000,
  RATE_LIMIT_JOIN_MAX: 1_000_000,
  RATE_LIMIT_SUBMIT_MAX: 1_000_000,
};

/** PostgreSQL: a schema another server already works in (left in place on close). */
export interface SharedDatabase {
  schema: string;
}

export async function startTestServer(
  dialect: Dialect,
  env: Partial<Env> = {},
  clockStart = Date.parse('2026-03-02T10:00:00.000Z'),
  shared?: SharedDatabase,
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'smile-curve-server-'));
  const sqlitePath = dialect === 'sqlite' ? join(dir, 'test.db') : null;
  const schema =
    dialect !== 'postgres'
      ? null
      : shared
        ? { schema: shared.schema, drop: () => Promise.resolve() }
        : await createTestSchema();
  const clock = { now: clockStart };
  const app = await createServer(
    configWith({
      PORT: 0,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      GAME_DIST: dir, // no game here: API only
      DATABASE_URL: sqlitePath === null ? TEST_DATABASE_URL : `file:${sqlitePath}`,
      ...UNLIMITED,
      ...env,
    }),
    { now: () => clock.now, ...(schema ? { database: { schema: schema.schema } } : {}) },
  );
  const url = await app.start();
  const observer = openDatabase(sqlitePath === null ? TEST_DATABASE_URL : `file:${sqlitePath}`, {
    ...(schema ? { schema: schema.schema } : {}),
    maxConnections: 1,
  });
  const count = async (table: 'classrooms' | 'players' | 'runs') => {
    const row = await observer.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    url,
    dialect,
    app,
    clock,
    sqlitePath,
    client: (headers = {}) => makeClient(url, headers),
    observer: observer.db,
    countRows: async () => ({
      classrooms: await count('classrooms'),
      players: await count('players'),
      runs: await count('runs'),
    }),
    async close() {
      await observer.close();
      await app.stop();
      await schema?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function makeClient(url: string, headers: Record<string, string> = {}): Client {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: `${url}/trpc`, EventSource: TestEventSource }),
        // One request per call: concurrency tests must really be concurrent requests.
        false: httpLink({ url: `${url}/trpc`, headers }),
      }),
    ],
  });
}

const postgres = await checkPostgres();

/**
 * Runs a suite once per database: SQLite always, PostgreSQL when reachable
 * (skipped with a warning otherwise, and a failure when CI=true).
 */
export function forEachDatabase(name: string, suite: (dialect: Dialect) => void): void {
  describe(`${name} (SQLite)`, () => {
    suite('sqlite');
  });
  if (!postgres.reachable && IS_CI) {
    describe(`${name} (PostgreSQL)`, () => {
      it(`needs PostgreSQL at ${describeUrl(TEST_DATABASE_URL)}`, () => {
        throw new Error(`PostgreSQL is unreachable (${postgres.reason}); CI=true requires it.`);
      });
    });
    return;
  }
  if (!postgres.reachable) {
    console.warn(`\n⚠ ${name}: PostgreSQL tests SKIPPED (${postgres.reason})\n`);
  }
  describe.skipIf(!postgres.reachable)(`${name} (PostgreSQL)`, () => {
    suite('postgres');
  });
}
