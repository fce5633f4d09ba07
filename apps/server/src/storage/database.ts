import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { withPreparedStatements } from './postgres-statements.js';
import { withStatementCache } from './sqlite-statements.js';
import type { DatabaseSchema } from './tables.js';

export type DialectName = 'sqlite' | 'postgres';

/** Where the data lives when DATABASE_URL is unset (relative to the working directory). */
export const DEFAULT_SQLITE_PATH = './data/smile-curve.db';

export type DatabaseTarget =
  { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; connectionString: string };

export interface OpenDatabaseOptions {
  /** PostgreSQL only: the schema to work in (its search_path). Tests isolate runs with it. */
  schema?: string;
  /** PostgreSQL only: the most connections the pool opens (default 10). */
  maxConnections?: number;
  /** PostgreSQL only: a pooled connection failed, idle or checked out (default: logged to stderr). */
  onPoolError?: (error: Error) => void;
  /** PostgreSQL only: give up connecting after this long (default 5000 ms), so a dead server fails fast. */
  connectionTimeoutMillis?: number;
}

export interface OpenedDatabase {
  db: Kysely<DatabaseSchema>;
  dialect: DialectName;
  /** PostgreSQL: the schema tables live in; SQLite: undefined. */
  schema: string | undefined;
  /** Closes the pool or the SQLite file. */
  close(): Promise<void>;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;
const OTHER_URL = /^[a-z][a-z0-9+.-]+:\/\//i;
// A plain identifier, so it can go into search_path without quoting.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Reads a DATABASE_URL: unset → the default SQLite file, file:/path → SQLite, postgres:// → pg. */
export function resolveDatabaseTarget(url: string | undefined): DatabaseTarget {
  const value = url?.trim() ?? '';
  if (value === '') return { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (POSTGRES_URL.test(value)) return { dialect: 'postgres', connectionString: value };
  if (value === ':memory:' || value === 'file::memory:')
    return { dialect: 'sqlite', path: ':memory:' };
  if (value.startsWith('file://')) return { dialect: 'sqlite', path: fileURLToPath(value) };
  if (value.startsWith('file:')) return { dialect: 'sqlite', path: value.slice('file:'.length) };
  if (OTHER_URL.test(value)) {
    throw new Error(
      `Unsupported database URL scheme in "${value.split('://')[0] ?? ''}://…": ` +
        'use postgres://, postgresql://, file:<path>, a plain path or :memory:',
    );
  }
  return { dialect: 'sqlite', path: value };
}

/**
 * Opens the database a URL names, with one Kysely instance for either dialect.
 * Nothing is created or migrated here except the SQLite file's folder; call
 * `migrateToLatest` next.
 */
export function openDatabase(
  url: string | undefined,
  options: OpenDatabaseOptions = {},
): OpenedDatabase {
  const target = resolveDatabaseTarget(url);
  if (target.dialect === 'sqlite') return openSqlite(target.path);
  return openPostgres(target.connectionString, options);
}

function openSqlite(path: string): OpenedDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  sqlite.pragma('journal_mode = WAL'); // ignored (stays "memory") for :memory:
  // NORMAL is durable across application crashes in WAL mode and much faster than FULL.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const db = new Kysely<DatabaseSchema>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: 'sqlite', schema: undefined, close: () => db.destroy() };
}

function openPostgres(connectionString: string, options: OpenDatabaseOptions): OpenedDatabase {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}": use [a-z_][a-z0-9_]*`);
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5000,
    application_name: 'smile-curve',
    // Every pooled connection starts in the chosen schema, so queries stay unqualified.
    options: `-c search_path=${schema}`,
  });
  // Without a listener, an idle connection dropped by the server crashes the process.
  const onError = options.onPoolError ?? logPoolError;
  pool.on('error', onError);
  // The pool listens only to idle connections: one checked out (inside a transaction, between
  // its queries) that the server drops would emit an unheard 'error' and crash the process.
  // Heard here, the query that uses it next fails instead, and the API answers SERVICE_UNAVAILABLE.
  pool.on('connect', (client) => {
    client.on('error', onError);
  });
  const db = new Kysely<DatabaseSchema>({
    dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }),
  });
  return { db, dialect: 'postgres', schema, close: () => db.destroy() };
}

function logPoolError(error: Error): void {
  console.error(`PostgreSQL pool: a connection failed: ${error.message}`);
}
