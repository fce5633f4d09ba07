// One autocannon measurement: a warm-up that is thrown away, then the run
// that counts, both bounded in time. After each, the server is let finish the
// requests autocannon abandoned when it stopped (it keeps working on them), so
// one run's backlog is never measured as the next one's latency.
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';

export interface LoadSettings {
  connections: number;
  durationS: number;
  warmupS: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  reqPerSec: number;
  /** Latencies of 2xx answers; with no answer at all, the run's length (a lower bound). */
  p50Ms: number;
  p99Ms: number;
  /** Reported beside the p99 (unjudged): where the young-generation GC pauses show. */
  p999Ms: number;
  /** Connection errors, timeouts and non-2xx answers together. */
  errors: number;
  /** Every status code answered, with its count. */
  statusCodes: Record<string, number>;
}

/** How far past its duration a run may go before the bench gives up on it. */
const OVERRUN_MS = 30_000;
/** Seconds before one request counts as a timeout (an error). */
const REQUEST_TIMEOUT_S = 10;
/** The longest the server may take to finish abandoned requests. */
const SETTLE_TIMEOUT_MS = 60_000;

/** `alive` throws when the server is gone, so a dead server fails the bench at once. */
export async function measure(
  url: string,
  request: AutocannonRequest,
  settings: LoadSettings,
  alive: () => void,
): Promise<LoadResult> {
  await run(url, request, settings.connections, settings.warmupS);
  await settle(url, alive);
  const result = await run(url, request, settings.connections, settings.durationS);
  await settle(url, alive);
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats)) {
    if (stat) statusCodes[code] = stat.count;
  }
  const requests = Object.values(statusCodes).reduce((sum, n) => sum + n, 0);
  const answered = result['2xx'] > 0;
  return {
    requests,
    seconds: result.duration,
    reqPerSec: requests / result.duration,
    p50Ms: answered ? result.latency.p50 : result.duration * 1000,
    p99Ms: answered ? result.latency.p99 : result.duration * 1000,
    p999Ms: answered ? result.latency.p99_9 : result.duration * 1000,
    errors: result.errors + result.non2xx + result.mismatches,
    statusCodes,
  };
}

async function run(
  url: string,
  request: AutocannonRequest,
  connections: number,
  durationS: number,
): Promise<AutocannonResult> {
  const instance = autocannon({
    url,
    connections,
    duration: durationS,
    timeout: REQUEST_TIMEOUT_S,
    requests: [request],
  });
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => {
        instance.stop();
        reject(new Error(`autocannon ran past ${durationS} s + ${OVERRUN_MS / 1000} s`));
      },
      durationS * 1000 + OVERRUN_MS,
    );
  });
  try {
    return await Promise.race([instance, overrun]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until /readyz answers 200: it pings the database, so on PostgreSQL it
 * queues behind the queries still holding the pool, and on SQLite (synchronous)
 * behind the queries still holding the event loop.
 */
async function settle(url: string, alive: () => void): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    alive();
    try {
      const response = await fetch(`${url}/readyz`, {
        signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())),
      });
      await response.arrayBuffer();
      if (response.ok) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : 'fetch failed';
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not settle within ${SETTLE_TIMEOUT_MS / 1000} s (${last})`);
}
