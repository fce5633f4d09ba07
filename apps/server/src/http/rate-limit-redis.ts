import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';

/** A slow or absent Redis must not hold requests up: give each command this long. */
const COMMAND_TIMEOUT_MS = 500;
/** How long start-up waits for Redis before going on without it (it keeps retrying). */
const READY_WAIT_MS = 2000;

/**
 * The Redis connection the rate limiter keeps its counters in, closed with the
 * server. Commands fail at once while it is down (no offline queue), and the
 * limiter then lets requests through; the outage and the recovery are logged once each.
 */
export async function connectRateLimitRedis(server: FastifyInstance, url: string): Promise<Redis> {
  const redis = new Redis(url, {
    connectTimeout: COMMAND_TIMEOUT_MS * 2,
    commandTimeout: COMMAND_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(5000, 100 * 2 ** Math.min(attempt, 6)),
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    server.log.warn({ err: error }, 'rate limits: Redis unreachable; requests pass unlimited');
  });
  redis.on('ready', () => {
    if (down) server.log.info('rate limits: Redis reachable again');
    down = false;
  });
  server.addHook('onClose', async () => {
    await redis.quit().catch(() => {
      redis.disconnect();
    });
  });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, READY_WAIT_MS);
    function done() {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    }
    redis.once('ready', done);
  });
  return redis;
}
