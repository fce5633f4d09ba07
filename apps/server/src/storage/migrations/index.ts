import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName, OpenedDatabase } from '../database.js';
import { initialMigration } from './001-initial.js';
import { boardScoresMigration } from './002-board-scores.js';
import { rankIndexMigration } from './003-rank-index.js';
import { nicknameKeyMigration } from './004-nickname-key.js';
import { boardScoreBandsMigration } from './005-board-score-bands.js';
import { boardOrderIndexMigration } from './006-board-order-index.js';

/**
 * Every migration, in order, listed in code: no folder scanning, so the
 * esbuild bundle carries them. Add new ones at the end; never edit old ones.
 */
function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return {
    '001-initial': initialMigration(dialect),
    '002-board-scores': boardScoresMigration,
    '003-rank-index': rankIndexMigration,
    '004-nickname-key': nicknameKeyMigration,
    '005-board-score-bands': boardScoreBandsMigration,
    '006-board-order-index': boardOrderIndexMigration(dialect),
  };
}

class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}

  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrationsFor(this.dialect));
  }
}

/**
 * Brings the schema up to date; safe to run on every start and from several
 * processes (Kysely takes a lock). Returns the names of migrations it applied.
 */
export async function migrateToLatest(database: OpenedDatabase): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    provider: new InCodeMigrationProvider(database.dialect),
    // In pg Kysely looks for its bookkeeping tables in every schema unless told
    // which one; another schema's tables would then count as this one's.
    migrationTableSchema: database.schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`Database migration ${failed ?? ''} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).map((result) => result.migrationName);
}
