import { efficiency } from '../mechanisms/gvc-embedding.js';
import { licenceEfficiencyGain } from '../mechanisms/licensing.js';
import { stagePositions, stageWeights, type StageValues } from '../mechanisms/smile-curve.js';
import { PARTNER_IDS } from '../schemas/ids.js';
import type { Scenario } from '../schemas/scenario.js';

type ScheduledEvent = Scenario['events'][number];

/**
 * Values that depend only on the scenario (and the year), worked out once per
 * scenario instead of every simulated year: replays on the server run the same
 * few scenarios hundreds of thousands of times. Each is computed by the same
 * function as before, so results stay bit-identical.
 */
export interface ScenarioConstants {
  /** Process efficiency of the starting firm (competitiveness is relative to it). */
  readonly startEfficiency: number;
  /** The Guangdong 2017 R&D intensity benchmark (a milestone threshold). */
  readonly guangdongRnd: number;
  readonly positions: StageValues;
  /** Knowledge pool per partner type, in PARTNER_IDS order. */
  readonly pools: readonly number[];
  /** Smile-curve stage weights by years elapsed, filled on first use. */
  readonly weights: StageValues[];
  /** The schedule entries whose window contains a year, in schedule order, by years since the start. */
  readonly schedule: readonly (readonly ScheduledEvent[])[];
}

const cache = new WeakMap<Scenario, ScenarioConstants>();

// The scenario asked for last: a replay asks several times a year for the same one.
let lastScenario: Scenario | undefined;
let lastConstants: ScenarioConstants | undefined;

export function constantsOf(scenario: Scenario): ScenarioConstants {
  if (scenario === lastScenario && lastConstants) return lastConstants;
  let c = cache.get(scenario);
  if (!c) {
    c = {
      startEfficiency: efficiency(
        scenario.firm.process,
        1,
        licenceEfficiencyGain(scenario.firm.licensed),
        0,
      ),
      guangdongRnd: scenario.benchmarks.find((b) => b.id === 'guangdong-2017')?.value ?? 0.0261,
      positions: stagePositions(scenario.smileCurve),
      pools: PARTNER_IDS.map((p) => scenario.partnerPools[p]),
      weights: [],
      // Every year a game draws events for (the first through the last decided one).
      schedule: Array.from({ length: scenario.years + 1 }, (_, i) =>
        scheduledEntries(scenario, scenario.startYear + i),
      ),
    };
    cache.set(scenario, c);
  }
  lastScenario = scenario;
  lastConstants = c;
  return c;
}

/** Stage weights in a given year of the game (memoised per scenario). */
export function weightsAt(
  scenario: Scenario,
  c: ScenarioConstants,
  yearIndex: number,
): StageValues {
  let w = c.weights[yearIndex];
  if (w === undefined) {
    w = stageWeights(yearIndex, scenario.smileCurve);
    c.weights[yearIndex] = w;
  }
  return w;
}

/** The scheduled events that may fire in `year`, in schedule order (worked out once per scenario). */
export function scheduledIn(scenario: Scenario, year: number): readonly ScheduledEvent[] {
  // An index off the table (a year outside the game) reads undefined: work it out then.
  return (
    constantsOf(scenario).schedule[year - scenario.startYear] ?? scheduledEntries(scenario, year)
  );
}

function scheduledEntries(scenario: Scenario, year: number): readonly ScheduledEvent[] {
  return scenario.events.filter((s) =>
    s.year !== undefined
      ? s.year === year
      : s.from !== undefined && s.to !== undefined && year >= s.from && year <= s.to,
  );
}
