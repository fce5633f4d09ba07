import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared; the least recently used beyond it is dropped. */
const MAX_STATEMENTS = 500;

/**
 * better-sqlite3 behind Kysely with prepared statements reused: Kysely's
 * SQLite driver prepares every query it runs, which cost about 5 % of a
 * leaderboard request's CPU in a profile. Statements run synchronously, so
 * one prepared statement can serve every caller; only a streaming read
 * (iterate) gets a statement of its own, since it stays busy until consumed.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached) {
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const prepared = sqlite.prepare(sql);
      const statement: SqliteStatement = {
        reader: prepared.reader,
        all: (parameters) => prepared.all(parameters),
        run: (parameters) => prepared.run(parameters),
        iterate: (parameters) => sqlite.prepare(sql).iterate(parameters),
      };
      statements.set(sql, statement);
      if (statements.size > MAX_STATEMENTS) {
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
      return statement;
    },
  };
}
