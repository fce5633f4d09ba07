import type { Rng } from '../prng/prng.js';
import { PARTNER_IDS } from '../schemas/ids.js';
import type { Effect, Scenario } from '../schemas/scenario.js';
import { getEvent } from '../scenarios/index.js';
import { scheduledIn } from './scenario-constants.js';
import { includesId } from './lists.js';

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
  const scheduled = scheduledIn(scenario, year);
  for (let i = 0; i < scheduled.length; i++) {
    const s = scheduled[i] as (typeof scheduled)[number];
    if (events.length >= MAX_EVENTS_PER_YEAR) break;
    if (includesId(events, s.eventId)) continue;
    if (s.once && includesId(fired, s.eventId)) continue;
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

/** A fresh all-zero effect, for the sum the year's events add into. */
function zeroEffect(): MutableEffect {
  return {
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
}

const NONE: CombinedEffect = zeroEffect();

type MutableEffect = { -readonly [K in keyof CombinedEffect]: CombinedEffect[K] } & {
  ties: number[];
  ecosystem: { govIndustryResearch: number; regionalIp: number; hkMacao: number };
};

/**
 * An Effect with every field present (0 when the data omits it), so adding it
 * reads one object shape: effects parsed from data each have their own set
 * of optional fields, which makes property reads slow in replays.
 */
interface FlatEffect {
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
  readonly govIndustryResearch: number;
  readonly regionalIp: number;
  readonly hkMacao: number;
  /** Tie strength per partner type in PARTNER_IDS order, or null when the effect has none. */
  readonly ties: readonly number[] | null;
}

interface FlatOption {
  readonly id: string;
  readonly cost: number;
  readonly effect: FlatEffect;
}

export interface FlatEvent {
  readonly effect: FlatEffect;
  readonly options: readonly FlatOption[];
}

function flatten(e: Effect): FlatEffect {
  const extra = e.ties;
  return {
    worldDemand: e.worldDemand ?? 0,
    wageJump: e.wageJump ?? 0,
    importCost: e.importCost ?? 0,
    spillover: e.spillover ?? 0,
    infringement: e.infringement ?? 0,
    knowledgeLoss: e.knowledgeLoss ?? 0,
    cash: e.cash ?? 0,
    training: e.training ?? 0,
    process: e.process ?? 0,
    coreTech: e.coreTech ?? 0,
    buyerConcentration: e.buyerConcentration ?? 0,
    govIndustryResearch: e.ecosystem?.govIndustryResearch ?? 0,
    regionalIp: e.ecosystem?.regionalIp ?? 0,
    hkMacao: e.ecosystem?.hkMacao ?? 0,
    ties: extra ? PARTNER_IDS.map((p) => extra[p] ?? 0) : null,
  };
}

const flatEvents = new Map<string, FlatEvent | null>();

/** The library event `id` with flattened effects (worked out once per event), or null if unknown. */
export function flatEvent(id: string): FlatEvent | null {
  let flat = flatEvents.get(id);
  if (flat === undefined) {
    const def = getEvent(id);
    flat = def
      ? {
          effect: flatten(def.effect),
          options: def.options.map((o) => ({ id: o.id, cost: o.cost, effect: flatten(o.effect) })),
        }
      : null;
    flatEvents.set(id, flat);
  }
  return flat;
}

/** The option of `event` with id `optionId` (the first, as `find` gives), or undefined. */
export function optionOf(event: FlatEvent, optionId: string): FlatOption | undefined {
  const options = event.options;
  for (let i = 0; i < options.length; i++) {
    const option = options[i] as FlatOption;
    if (option.id === optionId) return option;
  }
  return undefined;
}

/** Adds one effect into the running total, in place (same additions, same order, no copies). */
function add(a: MutableEffect, e: FlatEffect, cost: number): void {
  const extra = e.ties;
  if (extra) {
    for (let i = 0; i < a.ties.length; i++) a.ties[i] = (a.ties[i] ?? 0) + (extra[i] ?? 0);
  }
  a.worldDemand += e.worldDemand;
  a.wageJump += e.wageJump;
  a.importCost += e.importCost;
  a.spillover += e.spillover;
  a.infringement += e.infringement;
  a.knowledgeLoss += e.knowledgeLoss;
  a.cash += e.cash;
  a.training += e.training;
  a.process += e.process;
  a.coreTech += e.coreTech;
  a.buyerConcentration += e.buyerConcentration;
  a.ecosystem.govIndustryResearch += e.govIndustryResearch;
  a.ecosystem.regionalIp += e.regionalIp;
  a.ecosystem.hkMacao += e.hkMacao;
  a.optionCost += cost;
}

/** Combines the pending events' effects with the options the player chose (answers already checked). */
export function combineEffects(
  pending: readonly string[],
  answers: Readonly<Record<string, string>>,
): CombinedEffect {
  if (pending.length === 0) return NONE;
  const total = zeroEffect();
  for (const id of pending) {
    const def = flatEvent(id);
    if (!def) continue;
    add(total, def.effect, 0);
    const answer = answers[id];
    const option = answer === undefined ? undefined : optionOf(def, answer);
    if (option) add(total, option.effect, option.cost);
  }
  return total;
}
