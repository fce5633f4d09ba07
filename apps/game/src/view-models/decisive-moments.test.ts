import { replay, playGame, strategies, type Indicators } from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { decisiveMoments } from './decisive-moments.js';

function base(year: number, patch: Partial<Indicators> = {}): Indicators {
  return {
    year,
    mode: 'OEM',
    valueAddedShare: 0.07,
    lockInRisk: 0.5,
    lockedIn: false,
    ...patch,
  } as Indicators;
}

describe('decisive moments', () => {
  it('finds mode changes and the largest swings, in order, at most three', () => {
    const series = [
      base(2007),
      base(2008, { valueAddedShare: 0.071, lockInRisk: 0.55 }),
      base(2009, { valueAddedShare: 0.12, lockInRisk: 0.4 }),
      base(2010, { mode: 'ODM', valueAddedShare: 0.13, lockInRisk: 0.2 }),
      base(2011, { mode: 'ODM', valueAddedShare: 0.131, lockInRisk: 0.21 }),
    ];
    const decisions = series
      .slice(1)
      .map((_, i) => ({ spend: { appliedRnd: 10 + i, process: 3 } }));
    const moments = decisiveMoments(series, decisions);
    expect(moments.map((m) => [m.year, m.kind])).toEqual([
      [2009, 'valueUp'],
      [2010, 'mode'],
    ]);
    expect(moments[0]?.topLever).toEqual({ lever: 'appliedRnd', amount: 11 });
  });

  it('reports lock-in switches and says when nothing was spent', () => {
    const series = [base(2007), base(2008, { lockedIn: true, lockInRisk: 0.85 })];
    expect(decisiveMoments(series, [{ spend: {} }])).toEqual([
      { kind: 'lockedIn', year: 2008, mode: 'OEM', from: 0.5, to: 0.85, topLever: null },
    ]);
  });

  it('finds two or three moments in real games', () => {
    for (const name of ['balancedGic', 'oemForever', 'allInResearch'] as const) {
      const game = playGame({ scenarioId: 'dongguan-electronics', seed: 4 }, strategies[name]);
      const r = replay({ scenarioId: 'dongguan-electronics', seed: 4, decisions: game.decisions });
      if (!r.ok) throw new Error('replay');
      const moments = decisiveMoments([r.history[0] ?? base(0), ...r.history], game.decisions);
      expect(moments.length, name).toBeGreaterThanOrEqual(1);
      expect(moments.length, name).toBeLessThanOrEqual(3);
    }
  });
});
