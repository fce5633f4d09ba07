import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from './database.js';

/**
 * The only places the repository's SQL differs by dialect. better-sqlite3
 * cannot bind JS booleans, and SQLite has no identity column besides the
 * rowid primary key.
 */

export function dbBoolean(dialect: DialectName, value: boolean): boolean | number {
  return dialect === 'sqlite' ? Number(value) : value;
}

/**
 * The `seq` value an insert into runs sets: nothing in pg (an identity column
 * fills it), max + 1 in SQLite, where one write at a time holds the database
 * lock, so two inserts can never read the same max.
 */
export function runSeqValue(dialect: DialectName): { seq?: RawBuilder<number> } {
  if (dialect === 'postgres') return {};
  return { seq: sql<number>`(select coalesce(max(seq), 0) + 1 from runs)` };
}
