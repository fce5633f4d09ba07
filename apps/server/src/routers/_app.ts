import { router } from '../trpc.js';
import { classroomsRouter } from './classrooms.js';
import { dailyRouter } from './daily.js';
import { healthRouter } from './health.js';
import { leaderboardsRouter } from './leaderboards.js';
import { runsRouter } from './runs.js';
import { scenariosRouter } from './scenarios.js';

export const appRouter = router({
  health: healthRouter,
  scenarios: scenariosRouter,
  daily: dailyRouter,
  runs: runsRouter,
  leaderboards: leaderboardsRouter,
  classrooms: classroomsRouter,
});

/** The only thing the game imports from the server: a type. */
export type AppRouter = typeof appRouter;
