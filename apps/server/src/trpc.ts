import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Context } from './context.js';
import { DetailedError, fail } from './errors.js';
import { ClassroomCodeInput, SecretInput } from './inputs.js';
import { isTeacherKey, requireClassroom } from './services/classroom-access.js';
import { isDatabaseUnavailable } from './services/database-errors.js';

/** One input problem, flattened for clients: `path` is dotted (`decisions.3.spend`). */
export interface InputIssue {
  path: string;
  message: string;
}

function inputIssues(cause: unknown): InputIssue[] | null {
  if (typeof cause !== 'object' || cause === null || !('issues' in cause)) return null;
  const issues = cause.issues;
  if (!Array.isArray(issues)) return null;
  return issues.map((issue: unknown) => {
    const { path, message } = (issue ?? {}) as { path?: unknown; message?: unknown };
    return {
      path: Array.isArray(path) ? path.map((part) => String(part)).join('.') : '',
      message: typeof message === 'string' ? message : 'invalid',
    };
  });
}

/** tRPC is initialised once here; the rest of the server imports these. */
const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    // Without a context we cannot tell the environment: assume production.
    const production = ctx?.config.NODE_ENV !== 'development' && ctx?.config.NODE_ENV !== 'test';
    const details = error.cause instanceof DetailedError ? error.cause.details : {};
    const { stack, ...data } = shape.data;
    return {
      ...shape,
      message:
        production && error.code === 'INTERNAL_SERVER_ERROR'
          ? 'Internal server error'
          : shape.message,
      data: {
        ...data,
        ...(production || stack === undefined ? {} : { stack }),
        zodIssues: error.code === 'BAD_REQUEST' ? inputIssues(error.cause) : null,
        domainCode: details.domainCode ?? null,
        year: details.year ?? null,
        domainPath: details.domainPath ?? null,
        suggestion: details.suggestion ?? null,
      },
    };
  },
  sse: {
    // Pings keep proxies from closing a quiet stream; a client that hears
    // nothing for longer than this reconnects (and resumes with lastEventId).
    ping: { enabled: true, intervalMs: 15_000 },
    client: { reconnectAfterInactivityMs: 40_000 },
  },
});

/** A database that cannot be reached is the server's trouble, not the client's: retry later. */
const databaseGuard = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDatabaseUnavailable(result.error)) {
    throw new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database is unreachable; try again shortly.',
      cause: result.error,
    });
  }
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(databaseGuard);
export const createCallerFactory = t.createCallerFactory;

/**
 * A procedure only a classroom's teacher may call: the key comes from the
 * `x-teacher-key` header or the `teacherKey` input field and is checked
 * against the stored hash in constant time. Narrows `ctx` with the classroom.
 */
export const teacherProcedure = publicProcedure
  .input(z.object({ code: ClassroomCodeInput, teacherKey: SecretInput.optional() }))
  .use(async ({ ctx, input, next }) => {
    const classroom = await requireClassroom(ctx.repository, input.code);
    const key = input.teacherKey ?? ctx.teacherKey;
    if (key === null) {
      fail('UNAUTHORIZED', 'This needs the teacher key (x-teacher-key header or teacherKey).');
    }
    if (!isTeacherKey(classroom, key)) fail('FORBIDDEN', 'Wrong teacher key for this class.');
    return next({ ctx: { classroom } });
  });
