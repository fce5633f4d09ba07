import { initTRPC } from '@trpc/server';
import type { Context } from './context.js';

/** tRPC is initialised once here; the rest of the server imports these. */
const t = initTRPC.context<Context>().create();

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
