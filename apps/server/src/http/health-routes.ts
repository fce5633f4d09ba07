import type { FastifyInstance } from 'fastify';
import type { Repository } from '../storage/index.js';

const READY_TIMEOUT_MS = 2000;

/** Plain HTTP checks for process monitors and load balancers. */
export function registerHealthRoutes(server: FastifyInstance, repository: Repository): void {
  /** The process is up. */
  server.get('/healthz', () => ({ status: 'ok' }));

  /** The process can serve: the database answers within two seconds; 503 otherwise. */
  server.get('/readyz', async (_req, reply) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new Error('database ping timed out'));
      }, READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([repository.ping(), timeout]);
      return { status: 'ready' };
    } catch (error) {
      reply.log.warn({ err: error }, 'readiness check failed');
      reply.code(503);
      return { status: 'unavailable', reason: 'database unreachable' };
    } finally {
      clearTimeout(timer);
    }
  });
}
