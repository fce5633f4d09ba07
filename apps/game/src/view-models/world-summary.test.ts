import * as d from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { worldSummary } from './world-summary.js';

describe('the canvas summary', () => {
  const scenario = d.getScenario(d.DEFAULT_SCENARIO_ID);
  if (!scenario) throw new Error('no default scenario');
  const game = d.newGame({ scenarioId: scenario.id, seed: 5 });
  if (!game.ok) throw new Error('the default scenario must start');
  const now = d.indicators(game.state);
  const positions = scenario.smileCurve.positions;

  it('names the year, business model, stage and value-added share in English', () => {
    const text = worldSummary(now, null, positions, 'en');
    expect(text).toContain(`Your firm in ${now.year}: OEM`);
    expect(text).toContain('nearest stage: assembly');
    expect(text).toContain('change since last year: —');
  });

  it('says the year’s change in percentage points, in Chinese too', () => {
    const before = { ...now, valueAddedShare: now.valueAddedShare - 0.004 };
    expect(worldSummary(now, before, positions, 'en')).toContain('+0.4 pts');
    expect(worldSummary(now, before, positions, 'zh')).toContain('较上年变化：+0.4个百分点');
  });
});
