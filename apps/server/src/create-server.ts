import { fileURLToPath } from 'node:url';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import { createContextFactory } from './context.js';
import type { Env } from './env.js';
import { appRouter, type AppRouter } from './routers/_app.js';
import { registerStaticGame } from './static-game.js';

export type ServerConfig = Pick<Env, 'PORT' | 'HOST' | 'LOG_LEVEL' | 'GAME_DIST'>;

const defaultGameDist = fileURLToPath(new URL('../../game/dist', import.meta.url));

/**
 * Builds the whole server — API, health checks, the built game — without
 * listening, so tests and `index.ts` start it the same way.
 */
export async function createServer(config: ServerConfig) {
  const server = Fastify({
    logger: { level: config.LOG_LEVEL },
    bodyLimit: 64 * 1024,
  });
  const startedAt = Date.now();

  await server.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: createContextFactory({ startedAt, now: Date.now }),
      onError({ path, error }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          server.log.error({ path, err: error }, 'tRPC procedure failed');
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  server.get('/healthz', () => ({ status: 'ok' }));

  await registerStaticGame(server, config.GAME_DIST ?? defaultGameDist);

  return {
    server,
    /** Listens and resolves with the URL it answers on. */
    async start(): Promise<string> {
      await server.listen({ port: config.PORT, host: config.HOST });
      const address = server.server.address();
      const port = typeof address === 'object' && address ? address.port : config.PORT;
      const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
      return `http://${host}:${port}`;
    },
    async stop(): Promise<void> {
      await server.close();
    },
  };
}
