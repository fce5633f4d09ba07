import { Rng, seedPrng } from '../prng/prng.js';
import { PARTNER_IDS } from '../schemas/ids.js';
import type { Scenario } from '../schemas/scenario.js';
import { ENGINE_VERSION } from '../version.js';
import { drawEvents } from './events.js';
import { lockInRisk } from '../mechanisms/lock-in.js';
import { foreignDependence } from '../mechanisms/licensing.js';
import type { FirmState, GameState } from './state.js';

/** The firm at the start of a scenario. */
export function initialFirm(scenario: Scenario): FirmState {
  const s = scenario.firm;
  const dependence = foreignDependence(s.licensed, s.knowledge, s.coreTech);
  const ties = PARTNER_IDS.map((p) => s.ties[p] ?? 0);
  return {
    cash: s.cash,
    debt: s.debt,
    mode: s.mode,
    knowledge: s.knowledge,
    coreTech: s.coreTech,
    design: s.design,
    brand: s.brand,
    process: s.process,
    training: s.training,
    licensed: s.licensed,
    ipStock: s.ipStock,
    patents: s.patents,
    buyerConcentration: s.buyerConcentration,
    ties,
    partners: ['university'],
    matches: 0,
    digitalSpend: 0,
    digitalPhase: 0,
    wage: 1,
    priceLevel: 1,
    worldDemand: 1,
    ownDemand: 1,
    pureOemYears: 0,
    lockedIn: false,
    lockInRisk: lockInRisk({
      pureOemYears: 0,
      knowledge: s.knowledge,
      dependence,
      buyerConcentration: s.buyerConcentration,
      mode: s.mode,
    }),
    ecosystem: { ...scenario.ecosystem },
    absorbedTotal: 0,
    createdTotal: 0,
  };
}

/** A new game of `scenario` with `seed`: plain JSON data, the PRNG inside. */
export function createGame(scenario: Scenario, seed: number): GameState {
  const rng = new Rng(seedPrng(seed));
  const pending = drawEvents(scenario, scenario.startYear, [], rng);
  return {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    turn: 0,
    year: scenario.startYear,
    status: 'playing',
    prng: rng.state(),
    firm: initialFirm(scenario),
    pending,
    fired: [],
    last: null,
    trail: [],
    milestones: [],
    totals: { profit: 0, valueAdded: 0 },
  };
}
