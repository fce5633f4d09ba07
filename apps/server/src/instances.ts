import type { ServerConfig } from './env.js';
import { BoardEvents } from './services/board-events.js';
import { PostgresBoardEvents } from './services/postgres-board-events.js';
import { PostgresLink, type Log } from './services/postgres-link.js';
import { shareProgress } from './services/progress-sync.js';
import { ProgressTracker } from './services/progress-tracker.js';
import {
  resolveDatabaseTarget,
  type OpenDatabaseOptions,
  type OpenedDatabase,
  type Repository,
} from './storage/index.js';
import { pgNotify } from './storage/pg-notify.js';

/** What this process shares with other instances of the deployment. */
export interface Instances {
  events: BoardEvents;
  progress: ProgressTracker;
  /** After requests finished: sends what is pending and closes the link. */
  end(): Promise<void>;
}

/** SQLite: one process by nature, so everything stays in memory. */
export function inProcess(): Instances {
  const events = new BoardEvents();
  return {
    events,
    progress: new ProgressTracker(),
    end: () => {
      events.close();
      return Promise.resolve();
    },
  };
}

/**
 * PostgreSQL: board events and progress pings travel between instances over
 * LISTEN/NOTIFY (one LISTEN connection per process), listening before start.
 */
export async function instancesFor(
  config: ServerConfig,
  database: OpenedDatabase,
  repository: Repository,
  log: Log,
  options: OpenDatabaseOptions | undefined,
): Promise<Instances> {
  const target = resolveDatabaseTarget(config.DATABASE_URL);
  if (target.dialect !== 'postgres') return inProcess();
  const schema = database.schema ?? 'public';
  const link = new PostgresLink({
    connectionString: target.connectionString,
    notify: (channel, payload) => pgNotify(database.db, channel, payload),
    log,
    ...(options?.connectionTimeoutMillis === undefined
      ? {}
      : { connectionTimeoutMillis: options.connectionTimeoutMillis }),
  });
  const events = new PostgresBoardEvents(link, schema, repository, log);
  const progress = new ProgressTracker();
  shareProgress(progress, link, schema, log);
  await link.start();
  return {
    events,
    progress,
    end: async () => {
      events.close();
      await link.end();
    },
  };
}
