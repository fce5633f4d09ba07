import { round } from '../math/det-math.js';
import { PARAMS } from '../model/parameters.js';
import type { MechanismId } from '../schemas/ids.js';
import type { Scenario } from '../schemas/scenario.js';
import { tieScore } from '../mechanisms/gic-ties.js';
import { foreignDependence } from '../mechanisms/licensing.js';
import type { Spend } from './plan.js';
import type { StepResult } from './step-year.js';
import type { CombinedEffect } from './events.js';
import type { FirmState, YearOutcome } from './state.js';
import { includesId } from './lists.js';

/** Every message key a report line can carry; the game translates each one. */
export const REPORT_KEYS = [
  'gvc.result',
  'gvc.process',
  'smile.share',
  'exposure.shock',
  'illusion.flat',
  'illusion.learning',
  'knowledge.created',
  'absorb.low',
  'absorb.ok',
  'search.matched',
  'search.none',
  'gic.up',
  'gic.down',
  'spill.infringed',
  'spill.leak',
  'circle.patents',
  'upgrade.odm',
  'upgrade.obm',
  'digital.phase',
  'lockin.locked',
  'lockin.escaped',
  'lockin.risk',
  'eco.changed',
  'governance.captive',
  'governance.relational',
  'liquidity.bankrupt',
  'liquidity.cash',
] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

/** Milestones a firm can reach, each at most once a game. */
export const MILESTONE_IDS = [
  'first-patent',
  'first-tie',
  'odm',
  'obm',
  'escaped-lock-in',
  'rnd-above-guangdong',
  'intelligent-manufacturing',
] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

/**
 * One line of a year report: the mechanism that caused it, a message key the
 * game translates, and the numbers behind it.
 */
export interface ReportLine {
  readonly mechanism: MechanismId;
  readonly key: ReportKey;
  readonly values: Readonly<Record<string, number>>;
}

export interface YearReport {
  readonly year: number;
  readonly events: readonly { readonly eventId: string; readonly optionId: string | null }[];
  readonly lines: readonly ReportLine[];
  readonly milestones: readonly MilestoneId[];
  readonly outcome: YearOutcome;
  /** Cash and debt at the end of the year, exact (report lines are rounded). */
  readonly cash: number;
  readonly debt: number;
}

const r = (x: number): number => round(x, 4);

/** Explains a year: every line names its mechanism. */
export function explainYear(
  before: FirmState,
  prevOutcome: YearOutcome | null,
  step: StepResult,
  spend: Spend,
  effect: CombinedEffect,
  scenario: Scenario,
): ReportLine[] {
  const after = step.firm;
  const o = step.outcome;
  const lines: ReportLine[] = [];
  const add = (mechanism: MechanismId, key: ReportKey, values: Record<string, number>): void => {
    lines.push({
      mechanism,
      key,
      values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, r(v)])),
    });
  };

  add('gvcEmbedding', 'gvc.result', {
    revenue: o.revenue,
    netProfit: o.netProfit,
    margin: o.revenue > 0 ? o.netProfit / o.revenue : 0,
    wage: after.wage,
  });
  add('smileCurve', 'smile.share', {
    valueAddedShare: o.valueAddedShare,
    change: o.valueAddedShare - (prevOutcome?.valueAddedShare ?? o.valueAddedShare),
    position: o.smilePosition,
  });
  if (effect.worldDemand !== 0) {
    add('worldMarketExposure', 'exposure.shock', {
      shock: effect.worldDemand,
      exposure: 1 - PARAMS.diversification[after.mode],
    });
  }
  const effGain = prevOutcome ? o.efficiency / prevOutcome.efficiency - 1 : 0;
  if (spend.licensing > 0) {
    const ownGrowth = after.knowledge - before.knowledge;
    add(
      'illusionOfProgress',
      ownGrowth <= step.licenceLearnt + 1 ? 'illusion.flat' : 'illusion.learning',
      {
        efficiencyGain: effGain,
        knowledgeChange: ownGrowth,
        learnt: step.licenceLearnt,
        dependence: foreignDependence(after.licensed, after.knowledge, after.coreTech),
      },
    );
  } else if (spend.process > 0 || after.digitalPhase > before.digitalPhase) {
    add('gvcEmbedding', 'gvc.process', { efficiencyGain: effGain });
  }
  if (spend.appliedRnd > 0 || spend.basicResearch > 0) {
    add('knowledgeProduction', 'knowledge.created', {
      created: o.created,
      coreTechChange: after.coreTech - before.coreTech,
    });
  }
  if (o.absorbed > 0 || spend.ties > 0) {
    add('absorptiveCapacity', o.absorptiveCapacity < 0.4 ? 'absorb.low' : 'absorb.ok', {
      gamma: o.absorptiveCapacity,
      absorbed: o.absorbed,
    });
  }
  if (spend.ties > 0) {
    add('searchCosts', step.newMatches.length > 0 ? 'search.matched' : 'search.none', {
      matches: step.newMatches.length,
      totalMatches: after.matches,
    });
  }
  const tiesBefore = tieScore(before.ties);
  const tiesAfter = tieScore(after.ties);
  if (Math.abs(tiesAfter - tiesBefore) > 0.001) {
    add('gicEmbedding', tiesAfter > tiesBefore ? 'gic.up' : 'gic.down', {
      tieScore: tiesAfter,
      change: tiesAfter - tiesBefore,
    });
  }
  if (step.leaked + step.infringed > 0.5) {
    add('knowledgeSpillover', step.infringed > 0 ? 'spill.infringed' : 'spill.leak', {
      leaked: step.leaked,
      infringed: step.infringed,
    });
  }
  if (step.newPatents > 0) {
    add('virtuousCircle', 'circle.patents', {
      newPatents: step.newPatents,
      patents: after.patents,
    });
  }
  if (after.mode !== before.mode) {
    add('functionalUpgrading', after.mode === 'ODM' ? 'upgrade.odm' : 'upgrade.obm', {});
  }
  if (after.digitalPhase !== before.digitalPhase) {
    add('intelligentTransformation', 'digital.phase', { phase: after.digitalPhase });
  }
  if (after.lockedIn !== before.lockedIn) {
    add('lowEndLockIn', after.lockedIn ? 'lockin.locked' : 'lockin.escaped', {
      risk: after.lockInRisk,
    });
  } else {
    add('lowEndLockIn', 'lockin.risk', {
      risk: after.lockInRisk,
      change: after.lockInRisk - before.lockInRisk,
    });
  }
  const eco = after.ecosystem;
  const ecoBefore = before.ecosystem;
  if (
    eco.govIndustryResearch !== ecoBefore.govIndustryResearch ||
    eco.hkMacao !== ecoBefore.hkMacao ||
    eco.regionalIp !== ecoBefore.regionalIp
  ) {
    add('regionalEcosystem', 'eco.changed', {
      govIndustryResearch: eco.govIndustryResearch,
      hkMacao: eco.hkMacao,
      regionalIp: eco.regionalIp,
    });
  }
  add(
    'governanceMaturity',
    step.governance === 'captive' ? 'governance.captive' : 'governance.relational',
    {},
  );
  add('liquidity', after.cash < 0 ? 'liquidity.bankrupt' : 'liquidity.cash', {
    cash: after.cash,
    tax: o.tax,
    interest: o.interest,
    debt: after.debt,
    hnte: o.revenue > 0 && o.rndSpend / o.revenue >= scenario.market.hnteRndIntensity ? 1 : 0,
  });
  return lines;
}

/** Milestones reached this year for the first time. */
export function newMilestones(
  before: FirmState,
  after: FirmState,
  o: YearOutcome,
  reached: readonly MilestoneId[],
  guangdongRnd: number,
): MilestoneId[] {
  const hits: MilestoneId[] = [];
  addMilestones(before, after, o, reached, guangdongRnd, hits);
  return hits;
}

/**
 * Appends newMilestones' list to `into`, which may be `reached` itself (a
 * lean replay year builds no list): each id is checked against `reached`
 * before it is added, and the ids differ, so adding one never hides another.
 */
export function addMilestones(
  before: FirmState,
  after: FirmState,
  o: YearOutcome,
  reached: readonly MilestoneId[],
  guangdongRnd: number,
  into: MilestoneId[],
): void {
  // In MILESTONE_IDS order, without a candidate list or a closure: replays run this every year.
  if (after.patents > 0 && before.patents === 0) reach(reached, into, 'first-patent');
  if (after.matches > 0 && before.matches === 0) reach(reached, into, 'first-tie');
  if (after.mode !== 'OEM' && before.mode === 'OEM') reach(reached, into, 'odm');
  if (after.mode === 'OBM' && before.mode !== 'OBM') reach(reached, into, 'obm');
  if (before.lockedIn && !after.lockedIn) reach(reached, into, 'escaped-lock-in');
  if (o.revenue > 0 && o.rndSpend / o.revenue > guangdongRnd) {
    reach(reached, into, 'rnd-above-guangdong');
  }
  if (after.digitalPhase === 3 && before.digitalPhase < 3) {
    reach(reached, into, 'intelligent-manufacturing');
  }
}

function reach(reached: readonly MilestoneId[], into: MilestoneId[], id: MilestoneId): void {
  if (!includesId(reached, id)) into.push(id);
}
