import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/**
 * The PostgreSQL side of "hot statements are prepared once" (SQLite's is
 * sqlite-statements.ts). Kysely sends every query unnamed, so PostgreSQL
 * parses and plans it again each time: for the submit's insert (four
 * data-modifying WITH clauses) and the rank (four sub-selects) that planning
 * cost more CPU than running them, on the same two cores as the server. The
 * SQL texts of queryTemplate's statements are registered here; on each
 * pooled connection they then run as named prepared statements, parsed once
 * per connection (node-postgres keeps track of which connection has which).
 *
 * Named statements live in a database session, so a transaction-mode
 * connection pooler in front of PostgreSQL must support them (PgBouncer
 * ≥ 1.21 with max_prepared_statements set); apps/server/README.md says so.
 */

const names = new Map<string, string>();

/** Marks a SQL text as hot: from now on it runs as a named prepared statement. */
export function preparedOnPostgres(sql: string): void {
  if (!names.has(sql)) names.set(sql, `smile_curve_${names.size + 1}`);
}

/** A pool for Kysely whose clients run the registered texts as named statements. */
export function withPreparedStatements(pool: pg.Pool): PostgresPool {
  // One wrapper per pooled client: Kysely keys its connection objects by client.
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrapped.get(client);
      if (!wrapper) {
        wrapper = wrapClient(client);
        wrapped.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}

function wrapClient(client: pg.PoolClient): PostgresPoolClient {
  function query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters?: readonly unknown[],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as never);
    const values = parameters ? [...parameters] : [];
    const name = names.get(sqlOrCursor);
    const result =
      name === undefined
        ? client.query(sqlOrCursor, values)
        : client.query({ name, text: sqlOrCursor, values });
    // pg's result is the shape Kysely's interface describes (Kysely passes a pg pool as is).
    return result as unknown as Promise<PostgresQueryResult<R>>;
  }
  return {
    query,
    release: (destroy?: boolean) => {
      client.release(destroy);
    },
  };
}
