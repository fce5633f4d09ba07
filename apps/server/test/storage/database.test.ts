import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SQLITE_PATH,
  migrateToLatest,
  openDatabase,
  resolveDatabaseTarget,
  type OpenedDatabase,
} from '../../src/storage/index.js';
import { scoreBand } from '../../src/storage/board-scores.js';
import { boardScoreBandsMigration } from '../../src/storage/migrations/005-board-score-bands.js';
import { TEST_DATABASE_URL, checkPostgres, createTestSchema } from '../helpers/postgres.js';

describe('resolveDatabaseTarget', () => {
  it('defaults to the SQLite file under ./data', () => {
    expect(resolveDatabaseTarget(undefined)).toEqual({
      dialect: 'sqlite',
      path: DEFAULT_SQLITE_PATH,
    });
    expect(resolveDatabaseTarget('  ')).toEqual({ dialect: 'sqlite', path: DEFAULT_SQLITE_PATH });
    expect(DEFAULT_SQLITE_PATH).toBe('./data/smile-curve.db');
  });

  it('reads file: URLs, plain paths and :memory: as SQLite', () => {
    expect(resolveDatabaseTarget('file:./x/y.db')).toEqual({ dialect: 'sqlite', path: './x/y.db' });
    expect(resolveDatabaseTarget('file:///tmp/a.db')).toEqual({
      dialect: 'sqlite',
      path: '/tmp/a.db',
    });
    expect(resolveDatabaseTarget('/srv/data.db')).toEqual({
      dialect: 'sqlite',
      path: '/srv/data.db',
    });
    expect(resolveDatabaseTarget(':memory:')).toEqual({ dialect: 'sqlite', path: ':memory:' });
  });

  it('reads postgres:// and postgresql:// as PostgreSQL and refuses other schemes', () => {
    for (const url of ['postgres://u@h/db', 'postgresql://u:p@h:5433/db?sslmode=require']) {
      expect(resolveDatabaseTarget(url)).toEqual({ dialect: 'postgres', connectionString: url });
    }
    expect(() => resolveDatabaseTarget('mysql://u@h/db')).toThrow(/Unsupported database URL/);
  });
});

describe('openDatabase on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smile-curve-db-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the folder and turns on WAL, foreign keys and a busy timeout', async () => {
    const path = join(dir, 'nested', 'deeper', 'game.db');
    const database = openDatabase(path);
    try {
      expect(database.dialect).toBe('sqlite');
      expect(existsSync(path)).toBe(true);
      const pragma = async (name: string) =>
        (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(database.db)).rows[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });
    } finally {
      await database.close();
    }
  });

  it('works in memory', async () => {
    const database = openDatabase(':memory:');
    try {
      expect(await migrateToLatest(database)).toEqual([
        '001-initial',
        '002-board-scores',
        '003-rank-index',
        '004-nickname-key',
        '005-board-score-bands',
        '006-board-order-index',
      ]);
    } finally {
      await database.close();
    }
  });

  it('refuses a PostgreSQL schema name that is not a plain identifier', () => {
    expect(() => openDatabase(TEST_DATABASE_URL, { schema: 'x; drop table runs' })).toThrow(
      /Invalid PostgreSQL schema name/,
    );
  });
});

const postgres = await checkPostgres();

describe.skipIf(!postgres.reachable)('openDatabase on PostgreSQL', () => {
  it('keeps each schema to itself, migrations included', async () => {
    const schemas = [await createTestSchema(), await createTestSchema()];
    try {
      for (const { schema } of schemas) {
        const database = openDatabase(TEST_DATABASE_URL, { schema });
        try {
          // The second schema must migrate although the first already holds Kysely's tables.
          expect(await migrateToLatest(database)).toEqual([
            '001-initial',
            '002-board-scores',
            '003-rank-index',
            '004-nickname-key',
            '005-board-score-bands',
            '006-board-order-index',
          ]);
          const current = await sql<{ s: string }>`select current_schema() as s`.execute(
            database.db,
          );
          expect(current.rows[0]?.s).toBe(schema);
          const tables = await sql<{ table_name: string }>`
            select table_name from information_schema.tables
            where table_schema = ${schema} order by table_name`.execute(database.db);
          expect(tables.rows.map((r) => r.table_name)).toEqual([
            'board_score_bands',
            'board_scores',
            'classrooms',
            'kysely_migration',
            'kysely_migration_lock',
            'players',
            'runs',
          ]);
        } finally {
          await database.close();
        }
      }
    } finally {
      for (const schema of schemas) await schema.drop();
    }
  });
});

describe('migration 005 (score bands)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smile-curve-bands-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const backfills = async (database: OpenedDatabase) => {
    await migrateToLatest(database);
    const migration = boardScoreBandsMigration;
    if (!migration.down) throw new Error('migration 005 has no down step');
    await migration.down(database.db);
    const fine = [-65, -64, -1, 0, 5, 63, 64, 127, 128, 4_999];
    await database.db
      .insertInto('board_scores')
      .values(fine.map((score, i) => ({ board: i % 2 ? 'a' : 'b', score, runs: i + 1 })))
      .execute();
    await migration.up(database.db);
    const expected = new Map<string, number>();
    for (const [i, score] of fine.entries()) {
      const key = `${i % 2 ? 'a' : 'b'}:${scoreBand(score)}`;
      expected.set(key, (expected.get(key) ?? 0) + i + 1);
    }
    const rows = await database.db.selectFrom('board_score_bands').selectAll().execute();
    expect(new Map(rows.map((r) => [`${r.board}:${r.band}`, Number(r.runs)]))).toEqual(expected);
  };

  it('backfills the bands from board_scores on SQLite, negative scores included', async () => {
    const database = openDatabase(join(dir, 'bands.db'));
    try {
      await backfills(database);
    } finally {
      await database.close();
    }
  });

  it.skipIf(!postgres.reachable)(
    'backfills the bands from board_scores on PostgreSQL',
    async () => {
      const testSchema = await createTestSchema();
      const database = openDatabase(TEST_DATABASE_URL, { schema: testSchema.schema });
      try {
        await backfills(database);
      } finally {
        await database.close();
        await testSchema.drop();
      }
    },
  );
});
