import { indicators } from '../engine/indicators.js';
import { score } from '../engine/score.js';
import { playGame } from '../engine/simulate.js';
import { strategies, type ArchetypeName, type Strategy } from '../strategies/index.js';

/** Outcome rates of one strategy over many seeds. */
export interface SweepRow {
  readonly strategy: string;
  readonly games: number;
  readonly meanScore: number;
  readonly lockInRate: number;
  readonly bankruptRate: number;
  /** Reached ODM or OBM. */
  readonly upgradeRate: number;
  readonly obmRate: number;
  /** Share of seeds where this strategy outscored oemForever on the same seed. */
  readonly winRateVsOem: number;
  readonly meanValueAddedShare: number;
  readonly meanKnowledge: number;
  readonly meanEfficiency: number;
  readonly meanDependence: number;
  readonly meanAbsorbed: number;
  /** Knowledge absorbed from outside per year played (bankrupt games are shorter). */
  readonly meanAbsorbedPerYear: number;
}

/**
 * Plays every named strategy on seeds 1…n of a scenario: the evidence behind
 * the model's teaching claims (tests assert it, `pnpm bench` reports it).
 */
export function sweep(
  scenarioId: string,
  seeds: number,
  named: Readonly<Record<string, Strategy>>,
): SweepRow[] {
  const oemScores: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    oemScores.push(score(playGame({ scenarioId, seed }, strategies.oemForever).state).total);
  }
  return Object.entries(named).map(([name, strategy]) => {
    let total = 0;
    let locked = 0;
    let bankrupt = 0;
    let upgraded = 0;
    let obm = 0;
    let wins = 0;
    let va = 0;
    let knowledge = 0;
    let efficiency = 0;
    let dependence = 0;
    let absorbed = 0;
    let absorbedPerYear = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const { state } = playGame({ scenarioId, seed }, strategy);
      const s = score(state).total;
      const ind = indicators(state);
      total += s;
      locked += ind.lockedIn ? 1 : 0;
      bankrupt += state.status === 'bankrupt' ? 1 : 0;
      upgraded += ind.mode === 'OEM' ? 0 : 1;
      obm += ind.mode === 'OBM' ? 1 : 0;
      wins += s > (oemScores[seed - 1] ?? 0) ? 1 : 0;
      va += ind.valueAddedShare;
      knowledge += ind.knowledge;
      efficiency += ind.efficiency;
      dependence += ind.foreignTechDependence;
      absorbed += state.firm.absorbedTotal;
      absorbedPerYear += state.firm.absorbedTotal / Math.max(1, state.turn);
    }
    return {
      strategy: name,
      games: seeds,
      meanScore: total / seeds,
      lockInRate: locked / seeds,
      bankruptRate: bankrupt / seeds,
      upgradeRate: upgraded / seeds,
      obmRate: obm / seeds,
      winRateVsOem: wins / seeds,
      meanValueAddedShare: va / seeds,
      meanKnowledge: knowledge / seeds,
      meanEfficiency: efficiency / seeds,
      meanDependence: dependence / seeds,
      meanAbsorbed: absorbed / seeds,
      meanAbsorbedPerYear: absorbedPerYear / seeds,
    };
  });
}

/** The archetypes as a name → strategy record, for sweeps. */
export function archetypeStrategies(names: readonly ArchetypeName[]): Record<string, Strategy> {
  return Object.fromEntries(names.map((n) => [n, strategies[n]]));
}
