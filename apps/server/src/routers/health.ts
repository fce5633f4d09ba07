import { ENGINE_VERSION } from '@smile-curve/domain';
import { publicProcedure, router } from '../trpc.js';

export const healthRouter = router({
  /** Process liveness, with the domain engine version the server replays with. */
  check: publicProcedure.query(({ ctx }) => ({
    status: 'ok' as const,
    engineVersion: ENGINE_VERSION,
    uptimeSeconds: Math.max(0, Math.round((ctx.now() - ctx.startedAt) / 1000)),
  })),
});
