import { describe, expect, it } from 'vitest';
import {
  ARCHETYPES,
  archetypeStrategies,
  DEFAULT_SCENARIO_ID,
  playGame,
  strategies,
  sweep,
  type SweepRow,
} from '../src/index.js';

/**
 * The paper's claims as outcomes of the archetype bots over 200 seeds of the
 * default scenario. The rates are printed as a table so a model change that
 * weakens a teaching claim is visible even before a threshold breaks.
 */
const SEEDS = 200;
const rows = sweep(DEFAULT_SCENARIO_ID, SEEDS, {
  ...archetypeStrategies(ARCHETYPES),
  gicWithTraining: strategies.gicWithTraining,
});
const row = (name: string): SweepRow => {
  const found = rows.find((r) => r.strategy === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

console.table(
  rows.map((r) => ({
    strategy: r.strategy,
    score: Math.round(r.meanScore),
    lockedIn: r.lockInRate,
    bankrupt: r.bankruptRate,
    upgraded: r.upgradeRate,
    obm: r.obmRate,
    winVsOem: r.winRateVsOem,
    vaShare: r.meanValueAddedShare.toFixed(3),
    knowledge: r.meanKnowledge.toFixed(1),
    efficiency: r.meanEfficiency.toFixed(2),
    dependence: r.meanDependence.toFixed(2),
    absorbedPerYear: r.meanAbsorbedPerYear.toFixed(1),
  })),
);

describe(`archetype outcomes over ${SEEDS} seeds (${DEFAULT_SCENARIO_ID})`, () => {
  it('oemForever ends locked in, with a low value-added share', () => {
    expect(row('oemForever').lockInRate).toBeGreaterThanOrEqual(0.9);
    expect(row('oemForever').meanValueAddedShare).toBeLessThan(0.08);
  });

  it('a pure OEM locks in after four to six years, not at once', () => {
    const lockYears: number[] = [];
    for (let seed = 1; seed <= 50; seed++) {
      const { reports } = playGame(
        { scenarioId: DEFAULT_SCENARIO_ID, seed },
        strategies.oemForever,
      );
      lockYears.push(reports.findIndex((r) => r.lines.some((l) => l.key === 'lockin.locked')) + 1);
    }
    expect(Math.min(...lockYears)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...lockYears)).toBeLessThanOrEqual(7);
  });

  it('licensingOnly gains efficiency while its knowledge stays low and dependence rises: the illusion', () => {
    const lic = row('licensingOnly');
    const oem = row('oemForever');
    expect(lic.meanEfficiency).toBeGreaterThan(oem.meanEfficiency * 1.15);
    expect(lic.meanKnowledge).toBeLessThan(10);
    expect(lic.meanDependence).toBeGreaterThan(0.7);
    expect(lic.meanScore).toBeLessThan(row('balancedGic').meanScore);
  });

  it('gicWithoutAbsorption absorbs far less than the same spending with training', () => {
    expect(row('gicWithoutAbsorption').meanAbsorbedPerYear).toBeLessThan(
      0.6 * row('gicWithTraining').meanAbsorbedPerYear,
    );
  });

  it('balancedGic reaches ODM or OBM and beats oemForever in at least 90 % of seeds', () => {
    expect(row('balancedGic').upgradeRate).toBeGreaterThanOrEqual(0.9);
    expect(row('balancedGic').winRateVsOem).toBeGreaterThanOrEqual(0.9);
  });

  it('allInResearch from year one goes bankrupt or scores below balancedGic in most seeds', () => {
    const all = row('allInResearch');
    expect(all.bankruptRate > 0.5 || all.meanScore < row('balancedGic').meanScore).toBe(true);
  });

  it('no single-lever strategy dominates the balanced one', () => {
    for (const name of ['oemForever', 'licensingOnly', 'allInResearch', 'brandFirst']) {
      expect(row(name).meanScore).toBeLessThan(row('balancedGic').meanScore);
    }
  });
});
