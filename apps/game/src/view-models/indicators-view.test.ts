import { indicators, listScenarios, newGame, PARTNER_IDS } from '@smile-curve/domain';
import { describe, expect, it } from 'vitest';
import { benchmarkRows, indicatorRows, nearestStage } from './indicators-view.js';

const scenario = listScenarios()[0];
if (!scenario) throw new Error('no scenario');
const started = newGame({ scenarioId: scenario.id, seed: 3 });
if (!started.ok) throw new Error('no game');
const now = indicators(started.state);
const ties = PARTNER_IDS.map((p, i) => [p, started.state.firm.ties[i] ?? 0] as const);

describe('indicators view', () => {
  it('names the stage nearest the firm on the curve', () => {
    expect(nearestStage(0.51, scenario.smileCurve.positions)).toBe('assembly');
    expect(nearestStage(0.02, scenario.smileCurve.positions)).toBe('rnd');
    expect(nearestStage(0.95, scenario.smileCurve.positions)).toBe('brandServices');
  });

  it('shows every indicator the brief asks for, in words', () => {
    const rows = indicatorRows(
      { now, before: null, positions: scenario.smileCurve.positions, ties },
      'en',
    );
    expect(rows.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'mode',
        'rd',
        'valueAdded',
        'gvcPosition',
        'gic',
        'absorptive',
        'lockIn',
        'cash',
        'profit',
      ]),
    );
    const lockIn = rows.find((r) => r.id === 'lockIn');
    expect(lockIn?.value).toMatch(/not locked in/);
    const zh = indicatorRows(
      { now, before: now, positions: scenario.smileCurve.positions, ties },
      'zh',
    );
    expect(zh.find((r) => r.id === 'valueAdded')?.note).toBe('较上年变化：0个百分点');
  });

  it('compares R&D intensity with every benchmark', () => {
    const rows = benchmarkRows(0.028, scenario.benchmarks, 'en');
    expect(rows[0]).toMatchObject({ you: true, value: '2.8 %' });
    const guangdong = rows.find((r) => r.label.startsWith('Guangdong'));
    expect(guangdong).toMatchObject({ value: '2.61 %', compare: 'above' });
    expect(rows.find((r) => r.label.startsWith('Japan'))?.compare).toBe('below');
    expect(Math.max(...rows.map((r) => r.fraction))).toBe(1);
  });
});
