import { ENGINE_VERSION, getScenario, listScenarios } from '@smile-curve/domain';
import { z } from 'zod';
import { fail } from '../errors.js';
import { ScenarioIdInput } from '../inputs.js';
import { publicProcedure, router } from '../trpc.js';

export const scenariosRouter = router({
  /** Every shipped scenario (default first), in brief, with the engine version runs are replayed on. */
  list: publicProcedure.query(() => ({
    engineVersion: ENGINE_VERSION,
    scenarios: listScenarios().map((scenario) => ({
      id: scenario.id,
      version: scenario.version,
      title: scenario.title,
      teaches: scenario.teaches,
      difficulty: scenario.difficulty,
      startYear: scenario.startYear,
      years: scenario.years,
    })),
  })),

  /** One scenario in full. */
  get: publicProcedure.input(z.strictObject({ id: ScenarioIdInput })).query(({ input }) => {
    const scenario = getScenario(input.id);
    if (!scenario) fail('NOT_FOUND', `Unknown scenario "${input.id}".`);
    return { engineVersion: ENGINE_VERSION, scenario };
  }),
});
