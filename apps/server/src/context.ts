import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';

export interface InnerContextOptions {
  /** When the process started, for uptime reporting. */
  startedAt: number;
  /** A clock, injectable so tests control time. */
  now: () => number;
}

/** The request-free context: what tests build directly with createCaller. */
export function createContextInner(opts: InnerContextOptions) {
  return { startedAt: opts.startedAt, now: opts.now };
}

export type Context = ReturnType<typeof createContextInner>;

/** The per-request context the fastify adapter builds. */
export function createContextFactory(inner: InnerContextOptions) {
  // The request is not read yet; later contexts take the teacher key from it.
  const create: (opts: CreateFastifyContextOptions) => Context = () => createContextInner(inner);
  return create;
}
