import { createContextInner } from '../../src/context.js';
import { configWith, type Env } from '../../src/env.js';
import { appRouter } from '../../src/routers/_app.js';
import { BoardEvents } from '../../src/services/board-events.js';
import { createRepository, migrateToLatest, openDatabase } from '../../src/storage/index.js';
import { createCallerFactory } from '../../src/trpc.js';

const createCaller = createCallerFactory(appRouter);

/** The router without HTTP, over an in-memory SQLite, with a clock the test moves. */
export async function callerWorld(env: Partial<Env> = {}) {
  const database = openDatabase(':memory:');
  await migrateToLatest(database);
  const repository = createRepository(database);
  const clock = { now: Date.parse('2026-03-02T10:00:00.000Z') };
  const shared = {
    repository,
    config: configWith({ NODE_ENV: 'test', ...env }),
    events: new BoardEvents(),
    now: () => clock.now,
  };
  const inner = createContextInner(shared);
  return {
    clock,
    repository,
    deps: inner,
    /** A caller, as if a request came with these per-request facts. */
    caller: (extra: { teacherKey?: string; origin?: string } = {}) =>
      createCaller({ ...inner, ...extra }),
    close: () => database.close(),
  };
}
