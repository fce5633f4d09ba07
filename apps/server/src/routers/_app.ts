import { router } from '../trpc.js';
import { healthRouter } from './health.js';

export const appRouter = router({
  health: healthRouter,
});

/** The only thing the game imports from the server: a type. */
export type AppRouter = typeof appRouter;
