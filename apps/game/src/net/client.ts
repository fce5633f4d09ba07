import type { AppRouter } from '@smile-curve/server/router';
import type { TRPCClient } from '@trpc/client';

export type Api = TRPCClient<AppRouter>;

let client: Promise<Api> | null = null;

/**
 * The tRPC client, created on first use: @trpc/client loads only when the
 * player opens the leaderboard or submits a run, never for offline play.
 */
export function api(): Promise<Api> {
  client ??= import('@trpc/client').then(({ createTRPCClient, httpBatchLink }) =>
    createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: '/trpc' })] }),
  );
  return client;
}
