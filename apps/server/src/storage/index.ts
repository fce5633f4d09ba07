export {
  DEFAULT_SQLITE_PATH,
  openDatabase,
  resolveDatabaseTarget,
  type DialectName,
  type OpenDatabaseOptions,
  type OpenedDatabase,
} from './database.js';
export { migrateToLatest } from './migrations/index.js';
export * from './repository.js';
