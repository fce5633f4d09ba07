import { describe, it } from 'vitest';
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
import { describeRepositoryContract } from './repository-contract.js';

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
  });
}
