import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerConfig } from '../env.js';
import { connectRateLimitRedis } from './rate-limit-redis.js';

/**
 * Per-IP rate limits on /trpc: one budget for everything, and stricter ones
 * of their own for creating classes, joining and submitting. A batch request
 * counts against the strictest procedure in it. Static files and health
 * checks are not limited. IPs live in the counters for one window only: in
 * this process's memory, or in Redis (REDIS_URL) so that every instance of a
 * deployment counts together.
 */

type Bucket = 'create' | 'join' | 'submit' | 'general';

const STRICT: readonly (readonly [Bucket, string])[] = [
  ['create', 'classrooms.create'],
  ['join', 'classrooms.join'],
  ['submit', 'runs.submit'],
];

function bucketOf(url: string): Bucket {
  const path = url.slice('/trpc/'.length).split('?')[0] ?? '';
  let procedures: string[];
  try {
    procedures = decodeURIComponent(path).split(',');
  } catch {
    return 'general';
  }
  return STRICT.find(([, name]) => procedures.includes(name))?.[0] ?? 'general';
}

function limitOf(config: ServerConfig, bucket: Bucket): number {
  switch (bucket) {
    case 'create':
      return config.RATE_LIMIT_CREATE_MAX;
    case 'join':
      return config.RATE_LIMIT_JOIN_MAX;
    case 'submit':
      return config.RATE_LIMIT_SUBMIT_MAX;
    case 'general':
      return config.RATE_LIMIT_MAX;
  }
}

class TooManyRequests extends Error {
  readonly statusCode = 429;
}

export async function registerRateLimit(
  server: FastifyInstance,
  config: ServerConfig,
): Promise<void> {
  const bucketOfRequest = (req: FastifyRequest) => bucketOf(req.url);
  const redis = config.REDIS_URL ? await connectRateLimitRedis(server, config.REDIS_URL) : null;
  await server.register(rateLimit, {
    global: true,
    ...(redis
      ? {
          redis,
          nameSpace: `${config.REDIS_KEY_PREFIX}rate-limit:`,
          // Redis unreachable: let requests through rather than fail them all.
          skipOnError: true,
        }
      : {}),
    timeWindow: config.RATE_LIMIT_WINDOW_MS,
    allowList: (req) => !req.url.startsWith('/trpc/'),
    // req.ip honours TRUST_PROXY; IPv6 addresses count per /56 like the plugin's default.
    keyGenerator: (req) => `${bucketOfRequest(req)}|${normalizeIP(req.ip)}`,
    max: (req) => limitOf(config, bucketOfRequest(req)),
    errorResponseBuilder: (_req, context) =>
      new TooManyRequests(`Too many requests; try again in ${context.after}.`),
  });
}
