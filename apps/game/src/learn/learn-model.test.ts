import * as d from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { learnModel } from './learn-model.js';

const model = learnModel(d);
const scenario = d.getScenario(d.DEFAULT_SCENARIO_ID);
if (!scenario) throw new Error('no default scenario');

describe('Learn mode numbers come from the domain', () => {
  it('step 1: the margin is the game’s stage margin, lowest at assembly', () => {
    const bottom = model.smile(0.5);
    expect(bottom.stage).toBe('assembly');
    expect(bottom.margin).toBe(d.stageMargin(0.5, 0, scenario.smileCurve));
    expect(model.smile(0).margin).toBeGreaterThan(bottom.margin);
    expect(model.smile(1).margin).toBeGreaterThan(bottom.margin);
    expect(model.smile(1).stage).toBe('brandServices');
    // The stage shares are the game's weights and sum to 1.
    const shares = [0, 1 / 6, 2 / 6, 3 / 6, 4 / 6, 5 / 6, 1].map((x) => model.smile(x).stageShare);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(model.curve(10)).toHaveLength(11);
  });

  it('step 3: years of pure OEM raise lock-in risk until the firm is locked in', () => {
    const fresh = model.lockIn(0, 'OEM');
    const long = model.lockIn(12, 'OEM');
    expect(long.risk).toBeGreaterThan(fresh.risk);
    expect(fresh.lockedIn).toBe(false);
    expect(long.lockedIn).toBe(true);
    expect(model.lockIn(12, 'OBM').risk).toBeLessThan(long.risk);
    expect(fresh.capturedShare).toBeGreaterThan(0);
  });

  it('step 4: more partners reach more knowledge; past matches make the next search likelier', () => {
    expect(model.gic([], 0).reachable).toBe(0);
    expect(model.gic(['university', 'mncRnd'], 0).reachable).toBeGreaterThan(
      model.gic(['university'], 0).reachable,
    );
    expect(model.gic([], 4).matchChance).toBeGreaterThan(model.gic([], 0).matchChance);
  });

  it('step 5: the same spillover, absorbed more with training and own R&D', () => {
    const none = model.absorb(false, false);
    const both = model.absorb(true, true);
    expect(both.spillover).toBe(none.spillover);
    expect(model.absorb(true, false).absorbed).toBeGreaterThan(none.absorbed);
    expect(both.absorbed).toBeGreaterThan(model.absorb(true, false).absorbed);
    expect(none.capacity).toBe(
      d.absorptiveCapacity(scenario.firm.knowledge, scenario.firm.training, false),
    );
  });

  it('step 6: licensing lifts efficiency now but teaches far less than own R&D and adds dependence', () => {
    const v = model.illusion(10);
    expect(v.licensing.efficiencyGain).toBeGreaterThan(0);
    expect(v.ownRnd.efficiencyGain).toBe(0);
    expect(v.ownRnd.ownKnowledge).toBeGreaterThan(5 * v.licensing.ownKnowledge);
    expect(v.licensing.dependence).toBeGreaterThan(v.ownRnd.dependence);
  });
});
