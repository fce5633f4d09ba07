import type { Rng } from '../prng/prng.js';
import { PARTNER_IDS, type PartnerId } from '../schemas/ids.js';
import type { Effect, Scenario } from '../schemas/scenario.js';
import { getEvent } from '../scenarios/index.js';
import { scheduledIn } from './scenario-constants.js';

/** At most this many event cards a year, so a year stays decidable in a minute. */
export const MAX_EVENTS_PER_YEAR = 3;

/** Draws the events of `year` from the scenario's schedule with the game's PRNG. */
export function drawEvents(
  scenario: Scenario,
  year: number,
  fired: readonly string[],
  rng: Rng,
): string[] {
  const events: string[] = [];
  // Only the entries whose window holds `year`, in schedule order: the same draws as a full scan.
  for (const s of scheduledIn(scenario, year)) {
    if (events.length >= MAX_EVENTS_PER_YEAR) break;
    if (events.includes(s.eventId)) continue;
    if (s.once && fired.includes(s.eventId)) continue;
    if (s.probability < 1 && rng.float() >= s.probability) continue;
    events.push(s.eventId);
  }
  return events;
}

/** The year's combined effect of every event and chosen option, and the options' cost. */
export interface CombinedEffect {
  readonly worldDemand: number;
  readonly wageJump: number;
  readonly importCost: number;
  readonly spillover: number;
  readonly infringement: number;
  readonly knowledgeLoss: number;
  readonly cash: number;
  readonly training: number;
  readonly process: number;
  readonly coreTech: number;
  readonly buyerConcentration: number;
  /** Added tie strength per partner type, in PARTNER_IDS order. */
  readonly ties: readonly number[];
  readonly ecosystem: { govIndustryResearch: number; regionalIp: number; hkMacao: number };
  readonly optionCost: number;
}

const NONE: CombinedEffect = {
  worldDemand: 0,
  wageJump: 0,
  importCost: 0,
  spillover: 0,
  infringement: 0,
  knowledgeLoss: 0,
  cash: 0,
  training: 0,
  process: 0,
  coreTech: 0,
  buyerConcentration: 0,
  ties: PARTNER_IDS.map(() => 0),
  ecosystem: { govIndustryResearch: 0, regionalIp: 0, hkMacao: 0 },
  optionCost: 0,
};

type MutableEffect = { -readonly [K in keyof CombinedEffect]: CombinedEffect[K] } & {
  ties: number[];
  ecosystem: { govIndustryResearch: number; regionalIp: number; hkMacao: number };
};

/** Adds one effect into the running total, in place (same additions, same order, no copies). */
function add(a: MutableEffect, e: Effect, cost: number): void {
  const extra = e.ties;
  if (extra) {
    for (let i = 0; i < a.ties.length; i++) {
      a.ties[i] = (a.ties[i] ?? 0) + (extra[PARTNER_IDS[i] as PartnerId] ?? 0);
    }
  }
  a.worldDemand += e.worldDemand ?? 0;
  a.wageJump += e.wageJump ?? 0;
  a.importCost += e.importCost ?? 0;
  a.spillover += e.spillover ?? 0;
  a.infringement += e.infringement ?? 0;
  a.knowledgeLoss += e.knowledgeLoss ?? 0;
  a.cash += e.cash ?? 0;
  a.training += e.training ?? 0;
  a.process += e.process ?? 0;
  a.coreTech += e.coreTech ?? 0;
  a.buyerConcentration += e.buyerConcentration ?? 0;
  a.ecosystem.govIndustryResearch += e.ecosystem?.govIndustryResearch ?? 0;
  a.ecosystem.regionalIp += e.ecosystem?.regionalIp ?? 0;
  a.ecosystem.hkMacao += e.ecosystem?.hkMacao ?? 0;
  a.optionCost += cost;
}

/** Combines the pending events' effects with the options the player chose (answers already checked). */
export function combineEffects(
  pending: readonly string[],
  answers: Readonly<Record<string, string>>,
): CombinedEffect {
  if (pending.length === 0) return NONE;
  const total: MutableEffect = {
    worldDemand: 0,
    wageJump: 0,
    importCost: 0,
    spillover: 0,
    infringement: 0,
    knowledgeLoss: 0,
    cash: 0,
    training: 0,
    process: 0,
    coreTech: 0,
    buyerConcentration: 0,
    ties: PARTNER_IDS.map(() => 0),
    ecosystem: { govIndustryResearch: 0, regionalIp: 0, hkMacao: 0 },
    optionCost: 0,
  };
  for (const id of pending) {
    const def = getEvent(id);
    if (!def) continue;
    add(total, def.effect, 0);
    const answer = answers[id];
    const option = answer === undefined ? undefined : def.options.find((o) => o.id === answer);
    if (option) add(total, option.effect, option.cost);
  }
  return total;
}

/** The cost of the options chosen for the pending events. */
export function optionCost(
  pending: readonly string[],
  answers: Readonly<Record<string, string>>,
): number {
  let cost = 0;
  for (const id of pending) {
    const option = getEvent(id)?.options.find((o) => o.id === answers[id]);
    cost += option?.cost ?? 0;
  }
  return cost;
}
