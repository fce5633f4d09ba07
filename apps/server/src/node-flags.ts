/**
 * The Node.js flags the server runs with: `pnpm start` (this package's `serve`
 * script, which a test holds to this list), the benches and the crash test
 * all start `node ${NODE_FLAGS} dist/index.js`.
 *
 * --max-semi-space-size=32 (MB; V8's default is 16): every request through
 * fastify and tRPC's adapter (a Fetch Request and Response, their streams and
 * abort signals) leaves ~40 KB that survive a young-generation collection, so
 * at 16 MB a scavenge of 4–7 ms came every ~110 requests — 0.9 % of them, the
 * whole of a bare procedure's p99 at one connection (3.6 ms against a p50 of
 * 0.45 ms). With 32 MB half as many scavenges run (each longer): p99 1.5 ms,
 * p99.9 8 → 12 ms, throughput unchanged within noise (apps/server/README.md,
 * "Benchmark"). The same pattern shows with a bare fastify + tRPC server, so it
 * is the HTTP stack's, not this server's code.
 */
export const NODE_FLAGS = ['--max-semi-space-size=32'] as const;
