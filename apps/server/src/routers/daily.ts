import { DEFAULT_SCENARIO_ID, dailyBoard, dailySeed, getScenario } from '@smile-curve/domain';
import { z } from 'zod';
import { fail } from '../errors.js';
import { ScenarioIdInput } from '../inputs.js';
import { utcDate } from '../services/daily.js';
import { publicProcedure, router } from '../trpc.js';

export const dailyRouter = router({
  /** Today's challenge (UTC): the same seed for everyone playing the scenario today. */
  today: publicProcedure
    .input(z.strictObject({ scenarioId: ScenarioIdInput.optional() }).optional())
    .query(({ ctx, input }) => {
      const scenarioId = input?.scenarioId ?? DEFAULT_SCENARIO_ID;
      if (!getScenario(scenarioId)) fail('NOT_FOUND', `Unknown scenario "${scenarioId}".`);
      const date = utcDate(ctx.now());
      return {
        date,
        scenarioId,
        seed: dailySeed(date, scenarioId),
        board: dailyBoard(date, scenarioId),
      };
    }),
});
