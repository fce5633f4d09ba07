import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { ServerConfig } from './env.js';
import type { BoardEvents } from './services/board-events.js';
import type { Deps } from './services/deps.js';
import { ProgressTracker } from './services/progress-tracker.js';
import type { Repository } from './storage/index.js';

export interface InnerContextOptions {
  repository: Repository;
  config: ServerConfig;
  events: BoardEvents;
  /** Students' current years; one per server. Tests may leave it out (a fresh one is made). */
  progress?: ProgressTracker;
  /** A clock, injectable so tests control time (default Date.now). */
  now?: () => number;
  /** When the process started, for uptime reporting (default: now). */
  startedAt?: number;
  /** Per request: the client's IP, for rate limiting only — never stored. */
  ip?: string | null;
  /** Per request: the `x-teacher-key` header. */
  teacherKey?: string | null;
  /** Per request: the origin the client reached us at (for join links when PUBLIC_URL is unset). */
  origin?: string | null;
}

/** The request-free context: what tests build directly with createCaller. */
export function createContextInner(opts: InnerContextOptions) {
  const now = opts.now ?? Date.now;
  const context = {
    repository: opts.repository,
    config: opts.config,
    events: opts.events,
    progress: opts.progress ?? new ProgressTracker(),
    now,
    startedAt: opts.startedAt ?? now(),
    ip: opts.ip ?? null,
    teacherKey: opts.teacherKey ?? null,
    origin: opts.origin ?? null,
  };
  return context satisfies Deps;
}

export type Context = ReturnType<typeof createContextInner>;

export type SharedContextOptions = Omit<InnerContextOptions, 'ip' | 'teacherKey' | 'origin'>;

/** The per-request context the fastify adapter builds: the shared parts plus the request's. */
export function createContextFactory(shared: SharedContextOptions) {
  return ({ req }: CreateFastifyContextOptions): Context => {
    const header = req.headers['x-teacher-key'];
    return createContextInner({
      ...shared,
      // req.ip and req.host honour TRUST_PROXY (X-Forwarded-For / -Host only from trusted proxies).
      ip: req.ip,
      teacherKey: typeof header === 'string' && header !== '' ? header : null,
      origin: `${req.protocol}://${req.host}`,
    });
  };
}
