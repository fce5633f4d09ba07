import type { OperatingFirm, YearFlows } from './operate.js';
import type { Ecosystem, FirmState, YearOutcome } from './state.js';

/**
 * Reusable year buffers for the verifier's lean replay. A replay alternates
 * two firms and two outcomes (`stepYear` and `operate` write the new year into
 * the buffer the previous year does not occupy), so a 21-year game allocates
 * no firm or outcome per year and the garbage collector has far less to do.
 * The numbers written are the very ones the fresh literals hold; `copyFirm`
 * and `copyOutcome` hand out fresh objects with the same keys in the same
 * order (so the JSON is identical) before anything leaves the engine.
 */
export type MutableFirm = {
  -readonly [K in Exclude<keyof FirmState, 'ties' | 'ecosystem'>]: FirmState[K];
} & {
  ties: number[];
  ecosystem: { -readonly [K in keyof Ecosystem]: Ecosystem[K] };
};
export type MutableOutcome = { -readonly [K in keyof YearOutcome]: YearOutcome[K] };

/** A fresh firm with `f`'s values, keys in `stepYear`'s order, its own ties, partners and ecosystem. */
export function copyFirm(f: FirmState): MutableFirm {
  return {
    cash: f.cash,
    debt: f.debt,
    mode: f.mode,
    knowledge: f.knowledge,
    coreTech: f.coreTech,
    design: f.design,
    brand: f.brand,
    process: f.process,
    training: f.training,
    licensed: f.licensed,
    ipStock: f.ipStock,
    patents: f.patents,
    buyerConcentration: f.buyerConcentration,
    ties: f.ties.slice(),
    partners: f.partners.slice(),
    matches: f.matches,
    digitalSpend: f.digitalSpend,
    digitalPhase: f.digitalPhase,
    wage: f.wage,
    priceLevel: f.priceLevel,
    worldDemand: f.worldDemand,
    ownDemand: f.ownDemand,
    pureOemYears: f.pureOemYears,
    lockedIn: f.lockedIn,
    lockInRisk: f.lockInRisk,
    ecosystem: {
      govIndustryResearch: f.ecosystem.govIndustryResearch,
      regionalIp: f.ecosystem.regionalIp,
      hkMacao: f.ecosystem.hkMacao,
      mncPresence: f.ecosystem.mncPresence,
    },
    absorbedTotal: f.absorbedTotal,
    createdTotal: f.createdTotal,
  };
}

/** A fresh outcome with `o`'s values, keys in `operate`'s order. */
export function copyOutcome(o: YearOutcome): MutableOutcome {
  return {
    year: o.year,
    productValue: o.productValue,
    revenue: o.revenue,
    valueAdded: o.valueAdded,
    valueAddedShare: o.valueAddedShare,
    foreignValue: o.foreignValue,
    indirectValue: o.indirectValue,
    labourCost: o.labourCost,
    overhead: o.overhead,
    royalties: o.royalties,
    spend: o.spend,
    rndSpend: o.rndSpend,
    interest: o.interest,
    eventCash: o.eventCash,
    tax: o.tax,
    netProfit: o.netProfit,
    efficiency: o.efficiency,
    absorptiveCapacity: o.absorptiveCapacity,
    absorbed: o.absorbed,
    created: o.created,
    smilePosition: o.smilePosition,
    upstreamness: o.upstreamness,
  };
}

/** Two firms and two outcomes a lean replay writes its years into, in turn. */
export interface YearBuffers {
  readonly firms: readonly [MutableFirm, MutableFirm];
  readonly outcomes: readonly [MutableOutcome, MutableOutcome];
}

/** Buffers shaped like `firm` and like `operate`'s outcome (every value is overwritten before use). */
export function yearBuffers(firm: FirmState): YearBuffers {
  const blank = copyOutcome(BLANK_OUTCOME);
  return {
    firms: [copyFirm(firm), copyFirm(firm)],
    outcomes: [blank, copyOutcome(blank)],
  };
}

/** Placeholder numbers only (fractional so the fields start as doubles). */
const BLANK_OUTCOME: YearOutcome = {
  year: 0,
  productValue: 0.5,
  revenue: 0.5,
  valueAdded: 0.5,
  valueAddedShare: 0.5,
  foreignValue: 0.5,
  indirectValue: 0.5,
  labourCost: 0.5,
  overhead: 0.5,
  royalties: 0.5,
  spend: 0.5,
  rndSpend: 0.5,
  interest: 0.5,
  eventCash: 0.5,
  tax: 0.5,
  netProfit: 0.5,
  efficiency: 0.5,
  absorptiveCapacity: 0.5,
  absorbed: 0.5,
  created: 0.5,
  smilePosition: 0.5,
  upstreamness: 0.5,
};

/**
 * Reused inputs of `operate`, filled in place every year: operate reads them
 * and keeps no reference, and reusing them saves two objects and their boxed
 * numbers per simulated year in replays. Only `stepYear` uses them.
 */
export const SCRATCH_FIRM: { -readonly [K in keyof OperatingFirm]: OperatingFirm[K] } = {
  mode: 'OEM',
  knowledge: 0.5,
  coreTech: 0.5,
  design: 0.5,
  brand: 0.5,
  digitalPhase: 0,
  process: 0.5,
  licensed: 0.5,
  wage: 0.5,
  priceLevel: 0.5,
  worldDemand: 0.5,
  ownDemand: 0.5,
  patents: 0,
  debt: 0.5,
};
export const SCRATCH_FLOWS: { -readonly [K in keyof YearFlows]: YearFlows[K] } = {
  spend: 0.5,
  rndSpend: 0.5,
  worldShock: 0.5,
  importCost: 0.5,
  eventCash: 0.5,
  processBoost: 0.5,
  absorptiveCapacity: 0.5,
  absorbed: 0.5,
  created: 0.5,
};
