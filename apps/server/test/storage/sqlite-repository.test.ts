import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRepository, migrateToLatest, openDatabase } from '../../src/storage/index.js';
import { describeDeleteContract } from './repository-contract-delete.js';
import { describeFeedContract } from './repository-contract-feeds.js';
import { describeRepositoryContract } from './repository-contract.js';

async function tempSqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'smile-curve-sqlite-'));
  const database = openDatabase(`file:${join(dir, 'test.db')}`);
  await migrateToLatest(database);
  return {
    database,
    repository: createRepository(database),
    async close() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describeRepositoryContract('SQLite (temp file)', tempSqlite);
describeFeedContract('SQLite (temp file)', tempSqlite);
describeDeleteContract('SQLite (temp file)', tempSqlite);
