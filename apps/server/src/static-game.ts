import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * Serves the built game at `/`: hashed assets are cached for a year,
 * index.html never, and unknown GET paths that want HTML fall back to the
 * single-page app (so /join/CODE works on reload).
 */
export async function registerStaticGame(app: FastifyInstance, gameDist: string): Promise<void> {
  if (!existsSync(join(gameDist, 'index.html'))) {
    app.log.warn(`No built game at ${gameDist}; run \`pnpm build\`. Serving the API only.`);
    app.get('/', (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('Smile Curve API is running. The game is not built: run `pnpm build`.'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: gameDist,
    wildcard: false,
    cacheControl: false,
    setHeaders(res, path) {
      const url = path.slice(gameDist.length).replaceAll('\\', '/');
      res.setHeader(
        'cache-control',
        HASHED_ASSET.test(url) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.setNotFoundHandler((req, reply) => {
    const wantsHtml = req.headers.accept?.includes('text/html') ?? false;
    if (req.method === 'GET' && wantsHtml && !req.url.startsWith('/trpc')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send({ error: 'Not Found', path: req.url });
  });
}
