/**
 * The Node.js flags the server runs with: `pnpm start` (this package's `serve`
 * script, which a test holds to this list), the benches and the crash test
 * all start `node ${NODE_FLAGS} dist/index.js`.
 *
 * --max-semi-space-size=8 (MB; V8's default is 16): a tRPC request goes
 * through a Fetch Request and Response, and on Node 20 every web stream they
 * make is held by a weak handle that young-generation collections treat as
 * strong, so ~40 KB per request survive each scavenge until the next full
 * collection (`new Response('…')` in a loop shows it without this server). A
 * scavenge's pause grows with what survives since the last one, so with a
 * large young generation each one was long: at 32 MB, 4–10 ms every ~110
 * requests, and the second page of a 1,000,000-run PostgreSQL board had a
 * p99 of 4–5 ms at one connection (bar < 5 ms). At 8 MB the pauses are a
 * quarter as long and more frequent: p99 3 ms for every probe in three quiet
 * runs, p99.9 lower too; throughput ~5–8 % lower at 10 connections, peak RSS
 * lower (apps/server/README.md, "Benchmark").
 */
export const NODE_FLAGS = ['--max-semi-space-size=8'] as const;
