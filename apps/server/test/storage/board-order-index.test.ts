import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, type OpenedDatabase } from '../../src/storage/index.js';
import { TEST_DATABASE_URL, checkPostgres, createTestSchema } from '../helpers/postgres.js';

/**
 * Migration 006: one index serves a board's pages and the tie count of a
 * rank (each submit updates one index fewer), and PostgreSQL stores the JSON
 * payloads uncompressed. A plan that stops using the index, or an index that
 * comes back, fails here.
 */

const PAGE = `select r.run_id from runs r left join players p on p.id = r.player_id
  where r.board = 'b' and (r.player_id is null or p.removed = FALSE_)
  and r.score <= 10 and (r.score < 10 or (r.score = 10 and r.seq > 3))
  order by r.score desc, r.seq asc limit 21`;
const TIES = `select count(*) from runs t left join players tp on tp.id = t.player_id
  where t.board = 'b' and t.score = 10 and t.seq < 3 and (t.player_id is null or tp.removed = FALSE_)`;

async function plan(database: OpenedDatabase, query: string): Promise<string> {
  const falsy = database.dialect === 'sqlite' ? '0' : 'false';
  const prefix = database.dialect === 'sqlite' ? 'explain query plan ' : 'explain ';
  if (database.dialect === 'postgres') await sql`set enable_seqscan = off`.execute(database.db);
  const result = await database.db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(prefix + query.replaceAll('FALSE_', falsy)),
  );
  return result.rows.map((row) => String(row.detail ?? row['QUERY PLAN'])).join('\n');
}

async function runsIndexes(database: OpenedDatabase): Promise<string[]> {
  const rows =
    database.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_index_list('runs')`.execute(database.db)
      : await sql<{
          name: string;
        }>`select indexname as name from pg_indexes where schemaname = current_schema() and tablename = 'runs'`.execute(
          database.db,
        );
  return rows.rows.map((row) => row.name).sort();
}

async function checkOrderIndex(database: OpenedDatabase) {
  await migrateToLatest(database);
  const named = (await runsIndexes(database)).filter((name) => name.startsWith('runs_'));
  // Primary key and unique(seq) aside: the board order and the player lookup.
  expect(named.filter((name) => !name.endsWith('_key') && !name.endsWith('_pkey'))).toEqual([
    'runs_board_order_idx',
    'runs_player_idx',
  ]);
  expect(await plan(database, PAGE)).toContain('runs_board_order_idx');
  expect(await plan(database, TIES)).toMatch(/runs_board_order_idx/);
}

describe('migration 006 (board order index) on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smile-curve-order-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves one board-order index, used by pages and ties', async () => {
    const database = openDatabase(join(dir, 'order.db'));
    try {
      await checkOrderIndex(database);
      expect(await plan(database, TIES)).toMatch(/COVERING INDEX runs_board_order_idx/);
    } finally {
      await database.close();
    }
  });
});

const postgres = await checkPostgres();

describe.skipIf(!postgres.reachable)('migration 006 (board order index) on PostgreSQL', () => {
  it('leaves one board-order index and stores the JSON payloads uncompressed', async () => {
    const testSchema = await createTestSchema();
    const database = openDatabase(TEST_DATABASE_URL, { schema: testSchema.schema });
    try {
      await checkOrderIndex(database);
      const storage = await sql<{ attname: string; attstorage: string }>`
        select attname, attstorage from pg_attribute
        where attrelid = 'runs'::regclass and attname like '%_json' order by attname`.execute(
        database.db,
      );
      expect(Object.fromEntries(storage.rows.map((r) => [r.attname, r.attstorage]))).toEqual({
        breakdown_json: 'x',
        decisions_json: 'e',
        final_indicators_json: 'e',
        trajectory_json: 'e',
      });
    } finally {
      await database.close();
      await testSchema.drop();
    }
  });
});
