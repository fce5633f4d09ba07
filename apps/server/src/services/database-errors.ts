/**
 * Tells "the database cannot be reached" apart from every other failure, so
 * the API answers SERVICE_UNAVAILABLE (retry later) instead of a 500.
 */

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
  // SQLite: locked past the busy timeout, or the file cannot be opened, read or written.
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
  'SQLITE_FULL',
]);

// PostgreSQL SQLSTATEs: connection exceptions (class 08), shutting down or
// starting up (57P01–57P03), too many connections (53300).
const PG_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;

const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /the database connection is not open/i,
  /driver has already been destroyed/i,
  /cannot use a pool after calling end/i,
];

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether an error (or any error in its cause chain) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const code = codeOf(current);
    if (code !== undefined) {
      if (NETWORK_CODES.has(code) || code.startsWith('SQLITE_IOERR') || PG_UNAVAILABLE.test(code)) {
        return true;
      }
    }
    if (current instanceof Error) {
      const message = current.message;
      if (MESSAGES.some((pattern) => pattern.test(message))) return true;
    }
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable))
      return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * A row referred to a row that is gone (PostgreSQL 23503, SQLite's
 * SQLITE_CONSTRAINT_FOREIGNKEY): e.g. a run submitted while its class was deleted.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = codeOf(error);
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
