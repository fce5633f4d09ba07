import { Redis } from 'ioredis';

/** The Redis the shared rate-limit tests use. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Pings once with a short timeout; says why when it cannot. */
export async function checkRedis(
  url: string = TEST_REDIS_URL,
): Promise<{ reachable: true } | { reachable: false; reason: string }> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return { reachable: true };
  } catch (error) {
    return { reachable: false, reason: error instanceof Error ? error.message : 'unknown error' };
  } finally {
    redis.disconnect();
  }
}

/** Deletes every key under a prefix (a test's own namespace). */
export async function deleteKeys(prefix: string, url: string = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
