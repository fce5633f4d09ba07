import { sql, type Kysely } from 'kysely';

/**
 * Sends a PostgreSQL NOTIFY through the pool. Outside a transaction it is
 * delivered at once; inside one, when it commits (and not at all on rollback).
 */
export async function pgNotify<DB>(
  db: Kysely<DB>,
  channel: string,
  payload: string,
): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(db);
}
