import { z } from 'zod';

/**
 * The server's whole configuration, read from the environment once and
 * validated here. Nothing else in the server reads process.env.
 */
export const EnvSchema = z.object({
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
});

export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment, or returns one readable line per bad variable. */
export function parseEnv(
  source: Record<string, string | undefined>,
): { ok: true; env: Env } | { ok: false; message: string } {
  const result = EnvSchema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  const message = result.error.issues
    .map((issue) => `Invalid environment variable ${issue.path.join('.')}: ${issue.message}`)
    .join('\n');
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
