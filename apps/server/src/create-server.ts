import { fileURLToPath } from 'node:url';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import { createContextFactory } from './context.js';
import type { ServerConfig } from './env.js';
import { registerHealthRoutes } from './http/health-routes.js';
import { registerRateLimit } from './http/rate-limit.js';
import { registerCors, registerSecurityHeaders } from './http/security.js';
import { trackConnections } from './http/shutdown.js';
import { registerErrorShapes } from './http/trpc-http-error.js';
import { appRouter, type AppRouter } from './routers/_app.js';
import { inProcess, instancesFor, type Instances } from './instances.js';
import { withBoardCache } from './services/board-cache.js';
import { registerStaticGame } from './static-game.js';
import {
  createRepository,
  migrateToLatest,
  openDatabase,
  type OpenDatabaseOptions,
} from './storage/index.js';

export type { ServerConfig } from './env.js';

export interface CreateServerOptions {
  /** The clock procedures see (default Date.now); tests move the date. */
  now?: () => number;
  /** Passed to openDatabase: tests give PostgreSQL a schema of their own. */
  database?: OpenDatabaseOptions;
}

const defaultGameDist = fileURLToPath(new URL('../../game/dist', import.meta.url));

/** fastify's types take no hop count, so N hops becomes "trust the N nearest addresses". */
function trustProxyOption(value: ServerConfig['TRUST_PROXY']) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

/** How long stop() lets requests in flight finish before cutting their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

/** 64 KB: a 40-year decision log is about 6 KB. */
const BODY_LIMIT = 64 * 1024;

/**
 * Builds the whole server — database (migrated), API, health checks, the
 * built game — without listening, so tests and `index.ts` start it the same way.
 */
export async function createServer(config: ServerConfig, options: CreateServerOptions = {}) {
  const server = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      serializers: {
        // No query strings (tRPC inputs, which may hold a teacher key) and no IP addresses in logs.
        req: (req) => ({ method: req.method, url: req.url.split('?')[0] }),
      },
    },
    bodyLimit: BODY_LIMIT,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
  });
  const database = openDatabase(config.DATABASE_URL, {
    onPoolError: (error) => {
      server.log.warn({ err: error }, 'PostgreSQL pool: a connection failed');
    },
    ...options.database,
  });
  let instances: Instances = inProcess();
  try {
    await migrateToLatest(database);
    const stored = createRepository(database);
    const now = options.now ?? Date.now;
    instances = await instancesFor(config, database, stored, server.log, options.database);
    // Leaderboard reads from memory, cleared by every instance's board events.
    const repository = withBoardCache(stored, instances.events);

    registerErrorShapes(server);
    registerSecurityHeaders(server);
    registerCors(server, config.CORS_ORIGIN);
    await registerRateLimit(server, config);
    await server.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        createContext: createContextFactory({
          repository,
          config,
          events: instances.events,
          progress: instances.progress,
          now,
          startedAt: now(),
        }),
        onError({ path, error, req }) {
          if (error.code === 'INTERNAL_SERVER_ERROR') {
            req.log.error({ path, err: error }, 'tRPC procedure failed');
          }
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
    registerHealthRoutes(server, repository);
    await registerStaticGame(server, config.GAME_DIST ?? defaultGameDist);
  } catch (error) {
    await server.close(); // runs onClose hooks: the rate limiter's Redis connection
    await instances.end();
    await database.close();
    throw error;
  }

  const connections = trackConnections(server.server);
  let stopping: Promise<void> | undefined;
  return {
    server,
    /** Live subscribers of a board in this process (diagnostics and tests). */
    liveSubscribers: (board: string) => instances.events.subscriberCount(board),
    /** This process's board-event bus (cross-instance on PostgreSQL). */
    events: instances.events,
    /** Listens and resolves with the URL it answers on. */
    async start(): Promise<string> {
      await server.listen({ port: config.PORT, host: config.HOST });
      const address = server.server.address();
      const port = typeof address === 'object' && address ? address.port : config.PORT;
      const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
      return `http://${host}:${port}`;
    },
    /** Ends live streams, stops accepting, finishes in-flight requests, closes the database. */
    stop(): Promise<void> {
      stopping ??= (async () => {
        instances.events.close();
        const closing = server.close();
        connections.dropUnused();
        const cancelCut = connections.cutAfter(SHUTDOWN_GRACE_MS);
        try {
          await closing;
        } finally {
          cancelCut();
          await instances.end();
          await database.close();
        }
      })();
      return stopping;
    },
  };
}
