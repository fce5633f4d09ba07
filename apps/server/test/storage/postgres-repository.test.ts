import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createRepository, migrateToLatest, openDatabase } from '../../src/storage/index.js';
import {
  IS_CI,
  TEST_DATABASE_URL,
  checkPostgres,
  createTestSchema,
  describeUrl,
} from '../helpers/postgres.js';
import { describeDeleteContract } from './repository-contract-delete.js';
import { describeFeedContract } from './repository-contract-feeds.js';
import { describeRepositoryContract, newRun } from './repository-contract.js';

const where = describeUrl(TEST_DATABASE_URL);
const status = await checkPostgres();

if (!status.reachable && IS_CI) {
  // CI must exercise PostgreSQL; a missing server is a failure, not a silent skip.
  describe('PostgreSQL repository', () => {
    it(`needs PostgreSQL at ${where}`, () => {
      throw new Error(
        `PostgreSQL is unreachable at ${where} (${status.reason}). CI=true requires it: ` +
          'start it, or point TEST_DATABASE_URL at one.',
      );
    });
  });
} else {
  const skipReason = status.reachable
    ? ''
    : ` (SKIPPED: unreachable at ${where}: ${status.reason}; set TEST_DATABASE_URL)`;
  if (skipReason) console.warn(`\n⚠ PostgreSQL storage tests${skipReason}\n`);
  describe.skipIf(!status.reachable)(`PostgreSQL${skipReason}`, () => {
    const ownSchema = async () => {
      const testSchema = await createTestSchema();
      const database = openDatabase(TEST_DATABASE_URL, { schema: testSchema.schema });
      await migrateToLatest(database);
      return {
        database,
        repository: createRepository(database),
        async close() {
          await database.close();
          await testSchema.drop();
        },
      };
    };
    describeRepositoryContract('PostgreSQL (own schema)', ownSchema);
    describeFeedContract('PostgreSQL (own schema)', ownSchema);
    describeDeleteContract('PostgreSQL (own schema)', ownSchema);

    it('runs the hot statements (submit, rank) as named statements, parsed once per connection', async () => {
      const testSchema = await createTestSchema();
      // One connection, so the check below sees the session the statements ran in.
      const database = openDatabase(TEST_DATABASE_URL, {
        schema: testSchema.schema,
        maxConnections: 1,
      });
      try {
        await migrateToLatest(database);
        const repository = createRepository(database);
        const seqs: number[] = [];
        for (const score of [120, 340, 340]) {
          const stored = await repository.insertRun(newRun({ score }));
          if (stored.conflict) throw new Error('a fresh runId conflicted');
          seqs.push(stored.run.seq);
        }
        // The later of the two 340s: one run above it on score, one tie submitted earlier.
        expect(await repository.rankAt('global', 340, seqs[2] ?? 0)).toEqual({
          rank: 2,
          boardSize: 3,
        });
        const prepared = await sql<{ name: string; statement: string }>`
          select name, statement from pg_prepared_statements where name like 'smile_curve_%'
        `.execute(database.db);
        const texts = prepared.rows.map((row) => row.statement);
        // Each text once: the second and third inserts reused the first one's statement.
        expect(new Set(texts).size).toBe(texts.length);
        expect(texts.some((text) => text.startsWith('with "ins" as (insert into "runs"'))).toBe(
          true,
        );
        expect(texts.some((text) => text.includes('"board_score_bands"'))).toBe(true);
      } finally {
        await database.close();
        await testSchema.drop();
      }
    });
  });
}
