import type { Client } from './server.js';

/** Polls until `condition` holds, or fails after `ms`. */
export async function until(
  condition: () => boolean,
  ms = 3000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface Received {
  id: string | null;
  kind: string;
  runId: string | null;
  /** performance.now() when it arrived. */
  at: number;
}

/** Subscribes to leaderboards.live and records what arrives. */
export function listen(
  client: Client,
  input: Parameters<Client['leaderboards']['live']['subscribe']>[0],
) {
  const received: Received[] = [];
  const errors: unknown[] = [];
  const subscription = client.leaderboards.live.subscribe(input, {
    onData(item) {
      const at = performance.now();
      if ('id' in item) {
        received.push({
          id: item.id,
          kind: item.data.kind,
          runId: item.data.run?.runId ?? null,
          at,
        });
      } else {
        received.push({ id: null, kind: item.kind, runId: null, at });
      }
    },
    onError(error) {
      errors.push(error);
    },
  });
  return {
    received,
    errors,
    stop: () => {
      subscription.unsubscribe();
    },
  };
}
