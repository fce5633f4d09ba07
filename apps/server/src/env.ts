import { z } from 'zod';

/**
 * The server's whole configuration, read from the environment once and
 * validated here. Nothing else in the server reads process.env.
 */

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

/**
 * TRUST_PROXY as fastify takes it: true/false, a hop count, or a comma-separated
 * list of proxy addresses/CIDRs. Only when trusted does X-Forwarded-For set the client IP.
 */
const TrustProxy = z
  .string()
  .trim()
  .default('false')
  .transform((value, ctx): boolean | number | string[] => {
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false' || lower === '') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const list = value.split(',').map((part) => part.trim());
    if (list.every((part) => /^[0-9a-f.:/]+$/i.test(part) && part !== '')) return list;
    ctx.addIssue({
      code: 'custom',
      message: 'use true, false, a hop count, or comma-separated proxy IPs/CIDRs',
    });
    return z.NEVER;
  });

const HttpOrigin = z
  .url({ protocol: /^https?$/ })
  .transform((url) => url.replace(/\/+$/, ''))
  .refine((url) => !/[?#]/.test(url), 'use an origin without query or fragment');

export const EnvSchema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder holding the built game; unset → apps/game/dist beside this package. */
  GAME_DIST: z.string().min(1).optional(),
  /**
   * postgres://… or postgresql://… for PostgreSQL; file:<path>, a plain path or
   * :memory: for SQLite; unset → ./data/smile-curve.db. See src/storage/database.ts.
   */
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine(
      (url) =>
        !/^[a-z][a-z0-9+.-]+:\/\//i.test(url) || /^(postgres|postgresql|file):\/\//i.test(url),
      'use postgres://…, postgresql://…, file:<path>, a plain path or :memory:',
    )
    .optional(),
  TRUST_PROXY: TrustProxy,
  /** Requests per IP per window to /trpc, all procedures together. */
  RATE_LIMIT_MAX: count(1200),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  /** Stricter per-IP limits (same window): a whole class often shares one school IP. */
  RATE_LIMIT_CREATE_MAX: count(20),
  RATE_LIMIT_JOIN_MAX: count(120),
  RATE_LIMIT_SUBMIT_MAX: count(240),
  /**
   * redis://… or rediss://…: rate-limit counters shared by every instance.
   * Unset → counted in this process's memory (right for one instance).
   */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Prefix of this deployment's Redis keys, so deployments (or tests) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'use 1–64 letters, digits, ":", "_", "." or "-"')
    .default('smile-curve:'),
  /** The origin students reach the game at, for join links; unset → the request's origin. */
  PUBLIC_URL: HttpOrigin.optional(),
  /** Comma-separated origins allowed to call the API cross-origin; unset → same-origin only. */
  CORS_ORIGIN: z
    .string()
    .trim()
    .min(1)
    .transform((value) => value.split(',').map((origin) => origin.trim().replace(/\/+$/, '')))
    .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1))
    .optional(),
});

export type Env = z.infer<typeof EnvSchema>;

/** The configuration createServer takes: the parsed environment. */
export type ServerConfig = Env;

/** Every default, with some values replaced: for tests and tools that start a server. */
export function configWith(overrides: Partial<Env> = {}): Env {
  return { ...EnvSchema.parse({}), ...overrides };
}

/** Parses the environment, or returns one readable line per bad variable. */
export function parseEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: Env } | { ok: false; message: string } {
  const result = EnvSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  // One line per variable: the first problem found with it.
  const lines = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '(environment)');
    if (!lines.has(name)) lines.set(name, `Invalid environment variable ${name}: ${issue.message}`);
  }
  const message = [...lines.values()].join('\n');
  return { ok: false, message };
}

/** Reads the process environment; exits with a one-line reason when it is wrong. */
export function loadEnv(): Env {
  const parsed = parseEnv(process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exit(1);
  }
  return parsed.env;
}
