import { ln } from '../math/det-math.js';
import { PARAMS } from '../model/parameters.js';
import {
  S,
  STAGE_UPSTREAMNESS,
  capturedShare,
  importedShare,
  stageCapabilities,
  weightedMean,
} from '../mechanisms/smile-curve.js';
import {
  diversificationOf,
  efficiency,
  labourCostAt,
  retentionAt,
  salesVolume,
  unpassedWage,
} from '../mechanisms/gvc-embedding.js';
import { constantsOf, weightsAt } from './scenario-constants.js';
import { licenceEfficiencyGain, royalties } from '../mechanisms/licensing.js';
import { digitalEfficiency } from '../mechanisms/intelligent-transformation.js';
import { patentPremium } from '../mechanisms/virtuous-circle.js';
import { incomeTax } from '../mechanisms/liquidity.js';
import type { Scenario } from '../schemas/scenario.js';
import type { FirmState, YearOutcome } from './state.js';
import type { MutableOutcome } from './buffers.js';

export interface YearFlows {
  /** Lever spending plus event-option costs. */
  readonly spend: number;
  readonly rndSpend: number;
  readonly worldShock: number;
  readonly importCost: number;
  readonly eventCash: number;
  readonly processBoost: number;
  readonly absorptiveCapacity: number;
  readonly absorbed: number;
  readonly created: number;
}

/** A year with no spending, no shocks and no learning: the baseline before the first decision. */
export const QUIET_YEAR: YearFlows = {
  spend: 0,
  rndSpend: 0,
  worldShock: 0,
  importCost: 0,
  eventCash: 0,
  processBoost: 1,
  absorptiveCapacity: 0,
  absorbed: 0,
  created: 0,
};

/**
 * One year of production and sales for a firm whose stocks are already
 * updated: the smile curve sets the share of value added it captures, demand
 * and competitiveness set the volume, and the ledger turns both into profit.
 */
/** The parts of the firm that production and sales depend on. */
export type OperatingFirm = Pick<
  FirmState,
  | 'mode'
  | 'knowledge'
  | 'coreTech'
  | 'design'
  | 'brand'
  | 'digitalPhase'
  | 'process'
  | 'licensed'
  | 'wage'
  | 'priceLevel'
  | 'worldDemand'
  | 'ownDemand'
  | 'patents'
  | 'debt'
>;

export function operate(
  firm: OperatingFirm,
  scenario: Scenario,
  yearIndex: number,
  year: number,
  flows: YearFlows,
  into?: MutableOutcome,
): YearOutcome {
  const constants = constantsOf(scenario);
  const weights = weightsAt(scenario, constants, yearIndex);
  const caps = stageCapabilities(firm);
  const vaShare = capturedShare(weights, caps);

  const eff = efficiency(
    firm.process,
    flows.processBoost,
    licenceEfficiencyGain(firm.licensed),
    digitalEfficiency(firm.digitalPhase),
  );
  const unpassed = unpassedWage(firm.wage);
  const retention = retentionAt(unpassed, eff / constants.startEfficiency);
  const volume = salesVolume(
    firm.mode,
    firm.worldDemand,
    firm.ownDemand,
    flows.worldShock,
    retention,
  );
  const premium = 1 + diversificationOf(firm.mode) * patentPremium(firm.patents);
  const productValue = scenario.firm.productValue * firm.priceLevel * volume * premium;

  const valueAdded = vaShare * productValue;
  const importedParts = importedShare(weights, caps) * productValue * (1 + flows.importCost);
  const revenue = valueAdded + importedParts;
  // Assembly labour, plus the people who perform the upgraded stages.
  const labour =
    labourCostAt(productValue, unpassed, eff) +
    PARAMS.upgradedStageCost *
      (vaShare - (weights[S.assembly] ?? 0) * (caps[S.assembly] ?? 0)) *
      productValue;
  const overhead = PARAMS.overheadShare * productValue;
  const royalty = royalties(revenue, firm.licensed);
  const interest = firm.debt * scenario.market.loan.rate;
  const profitBeforeTax =
    valueAdded - labour - overhead - royalty - interest - flows.spend + flows.eventCash;
  const { tax } = incomeTax(profitBeforeTax, flows.rndSpend, revenue, scenario.market);
  const netProfit = profitBeforeTax - tax;

  // Koopman et al. (2010) at firm level: FV = foreign value in exports (imported parts,
  // licence royalties), IV = own value added in components that others re-export.
  const foreignValue = importedParts + royalty;
  const indirectValue =
    PARAMS.componentsResold *
    (caps[S.keyComponents] ?? 0) *
    (weights[S.keyComponents] ?? 0) *
    productValue;

  const smilePosition = weightedMean(weights, caps, constants.positions);
  const upstreamness = weightedMean(weights, caps, STAGE_UPSTREAMNESS);
  if (into) {
    // The lean replay's buffer: the same values, written in place (see buffers.ts).
    into.year = year;
    into.productValue = productValue;
    into.revenue = revenue;
    into.valueAdded = valueAdded;
    into.valueAddedShare = vaShare;
    into.foreignValue = foreignValue;
    into.indirectValue = indirectValue;
    into.labourCost = labour;
    into.overhead = overhead;
    into.royalties = royalty;
    into.spend = flows.spend;
    into.rndSpend = flows.rndSpend;
    into.interest = interest;
    into.eventCash = flows.eventCash;
    into.tax = tax;
    into.netProfit = netProfit;
    into.efficiency = eff;
    into.absorptiveCapacity = flows.absorptiveCapacity;
    into.absorbed = flows.absorbed;
    into.created = flows.created;
    into.smilePosition = smilePosition;
    into.upstreamness = upstreamness;
    return into;
  }
  return {
    year,
    productValue,
    revenue,
    valueAdded,
    valueAddedShare: vaShare,
    foreignValue,
    indirectValue,
    labourCost: labour,
    overhead,
    royalties: royalty,
    spend: flows.spend,
    rndSpend: flows.rndSpend,
    interest,
    eventCash: flows.eventCash,
    tax,
    netProfit,
    efficiency: eff,
    absorptiveCapacity: flows.absorptiveCapacity,
    absorbed: flows.absorbed,
    created: flows.created,
    smilePosition,
    upstreamness,
  };
}

/** GVC position ln(1 + IV/E) − ln(1 + FV/E) (Koopman et al. 2010), at firm level. */
export function gvcPosition(
  o: Pick<YearOutcome, 'revenue' | 'indirectValue' | 'foreignValue'>,
): number {
  if (o.revenue <= 0) return 0;
  return ln(1 + o.indirectValue / o.revenue) - ln(1 + o.foreignValue / o.revenue);
}
