import type { AppRouter } from '@smile-curve/server/router';
import type { TRPCClient } from '@trpc/client';

export type Api = TRPCClient<AppRouter>;

let client: Promise<Api> | null = null;

/**
 * The tRPC client, created on first use: @trpc/client loads only when the
 * player opens the leaderboard or submits a run, never for offline play.
 * Subscriptions (the live class board) go over SSE, the rest in batches.
 */
export function api(): Promise<Api> {
  client ??= import('@trpc/client').then(
    ({ createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink }) =>
      createTRPCClient<AppRouter>({
        links: [
          splitLink({
            condition: (op) => op.type === 'subscription',
            true: httpSubscriptionLink({ url: '/trpc' }),
            false: httpBatchLink({ url: '/trpc', maxURLLength: 4000 }),
          }),
        ],
      }),
  );
  return client;
}
