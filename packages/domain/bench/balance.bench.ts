// `pnpm bench` suite: the archetype sweep per scenario (200 seeds), the
// evidence for the model's teaching claims. Written to bench/results/balance.json.
import { writeBenchResults } from '@smile-curve/bench';
import {
  ARCHETYPES,
  archetypeStrategies,
  ENGINE_VERSION,
  listScenarios,
  sweep,
} from '../src/index.js';

const SEEDS = 200;
const metrics: Parameters<typeof writeBenchResults>[1] = {};
const tables: Record<string, unknown> = {};
for (const scenario of listScenarios()) {
  const rows = sweep(scenario.id, SEEDS, archetypeStrategies(ARCHETYPES));
  tables[scenario.id] = rows;
  for (const r of rows) {
    const key = `${scenario.id}.${r.strategy}`;
    metrics[`${key}.meanScore`] = {
      value: Math.round(r.meanScore),
      unit: 'points',
      better: 'higher',
    };
    metrics[`${key}.lockInRate`] = { value: r.lockInRate, unit: 'share', better: 'lower' };
    metrics[`${key}.bankruptRate`] = { value: r.bankruptRate, unit: 'share', better: 'lower' };
    metrics[`${key}.winRateVsOem`] = { value: r.winRateVsOem, unit: 'share', better: 'higher' };
  }
}
writeBenchResults('balance', metrics, { engineVersion: ENGINE_VERSION, seeds: SEEDS, tables });
