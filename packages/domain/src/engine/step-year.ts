import { clamp, exp } from '../math/det-math.js';
import { PARAMS } from '../model/parameters.js';
import type { Rng } from '../prng/prng.js';
import { PARTNER_IDS, type PartnerId } from '../schemas/ids.js';
import type { Scenario } from '../schemas/scenario.js';
import { absorptiveCapacity, depreciate, knowledgeProduced } from '../mechanisms/knowledge.js';
import {
  matchProbability,
  nextTieStrength,
  partnerMask,
  tieScore,
} from '../mechanisms/gic-ties.js';
import {
  effectiveIp,
  knowledgeLeak,
  partnerWillingness,
  reachableFromPools,
} from '../mechanisms/spillover.js';
import { foreignDependence, licenceLearning } from '../mechanisms/licensing.js';
import { governanceEffect } from '../mechanisms/governance.js';
import { nextDigitalPhase } from '../mechanisms/intelligent-transformation.js';
import { drawNewPatents } from '../mechanisms/virtuous-circle.js';
import { nextMode } from '../mechanisms/functional-upgrading.js';
import { lockInRisk, nextLockedIn, nextPureOemYears } from '../mechanisms/lock-in.js';
import { operate } from './operate.js';
import { constantsOf } from './scenario-constants.js';
import type { ValidDecision } from './validate.js';
import type { FirmState, YearOutcome } from './state.js';
import { SCRATCH_FIRM, SCRATCH_FLOWS, type MutableFirm, type MutableOutcome } from './buffers.js';

export interface StepResult {
  readonly firm: FirmState;
  readonly outcome: YearOutcome;
  readonly newPatents: number;
  readonly newMatches: readonly PartnerId[];
  readonly governance: 'captive' | 'relational';
  readonly leaked: number;
  readonly infringed: number;
  readonly licenceLearnt: number;
}

/** IP protection the firm has built itself: ε_own = 1 − exp(−S/half). */
export function ownIp(ipStock: number): number {
  return 1 - exp(-ipStock / PARAMS.ipHalf);
}

/**
 * Advances the firm by one year: events, investments, learning and ties
 * first (they shape this year's capabilities), then production and the ledger.
 */
export function stepYear(
  firm: FirmState,
  scenario: Scenario,
  yearIndex: number,
  year: number,
  valid: ValidDecision,
  rng: Rng,
  intoFirm?: MutableFirm,
  intoOutcome?: MutableOutcome,
): StepResult {
  const { plan, effect } = valid;
  const spend = plan.spend;
  const market = scenario.market;

  // Regional ecosystem: events and programmes shift it permanently (§5.1, §5.3).
  const govIndustryResearch = clamp(
    firm.ecosystem.govIndustryResearch + effect.ecosystem.govIndustryResearch,
    0,
    1,
  );
  const regionalIp = clamp(firm.ecosystem.regionalIp + effect.ecosystem.regionalIp, 0, 1);
  const hkMacao = clamp(firm.ecosystem.hkMacao + effect.ecosystem.hkMacao, 0, 1);
  const mncPresence = firm.ecosystem.mncPresence;
  // A lean replay writes the year into a buffer (buffers.ts); otherwise fresh objects.
  const ecosystem: MutableFirm['ecosystem'] = intoFirm
    ? intoFirm.ecosystem
    : { govIndustryResearch, regionalIp, hkMacao, mncPresence };
  if (intoFirm) {
    ecosystem.govIndustryResearch = govIndustryResearch;
    ecosystem.regionalIp = regionalIp;
    ecosystem.hkMacao = hkMacao;
    ecosystem.mncPresence = mncPresence;
  }

  const buyerConcentration = clamp(
    firm.buyerConcentration + effect.buyerConcentration - (firm.mode === 'OEM' ? 0 : 0.05),
    0.1,
    0.95,
  );
  const gov = governanceEffect(firm.mode, buyerConcentration, tieScore(firm.ties), ecosystem);

  // Stocks that investment builds (perpetual inventory).
  const process =
    depreciate(firm.process, PARAMS.processDepreciation) +
    spend.process * gov.process +
    effect.process;
  const licensed = depreciate(firm.licensed, PARAMS.licenceDepreciation) + spend.licensing;
  const training =
    depreciate(firm.training, PARAMS.trainingDepreciation) + spend.training + effect.training;
  const ipStock = depreciate(firm.ipStock, PARAMS.ipDepreciation) + spend.ipProtection;
  const ip = effectiveIp(ecosystem.regionalIp, ownIp(ipStock));

  // Absorptive capacity uses last year's knowledge and this year's training (Cohen & Levinthal).
  const gamma = absorptiveCapacity(firm.knowledge, training, firm.lockedIn);

  // Search and matching with partners (§3.1): effort split over the targeted partner types.
  const partners = plan.partners ?? firm.partners;
  const effort = partners.length > 0 ? spend.ties / partners.length : 0;
  const ties = intoFirm ? intoFirm.ties : firm.ties.slice();
  const newMatches: PartnerId[] = [];
  let matches = firm.matches;
  // The same chance for every targeted type this year, so one exp, not one per type.
  const pMatch = effort > 0 ? matchProbability(effort, firm.matches, partnerWillingness(ip)) : 0;
  // Which types are targeted, as bits in PARTNER_IDS order (draws stay in that order).
  const targeted = effort > 0 ? partnerMask(partners) : 0;
  for (let i = 0; i < PARTNER_IDS.length; i++) {
    let matched = false;
    if ((targeted & (1 << i)) !== 0) matched = rng.bool(pMatch);
    if (matched) {
      newMatches.push(PARTNER_IDS[i] as PartnerId);
      matches++;
    }
    ties[i] = clamp(nextTieStrength(firm.ties[i] ?? 0, matched) + (effect.ties[i] ?? 0), 0, 1);
  }

  // Knowledge: own production, absorbed spillover, the little licensing teaches, leakage.
  const created = knowledgeProduced(spend.appliedRnd, firm.knowledge) * gov.product;
  const pool = reachableFromPools(ties, constantsOf(scenario).pools, ecosystem, effect.spillover);
  const absorbed = gamma * pool;
  const licenceLearnt = licenceLearning(spend.licensing, gamma);
  const leaked = knowledgeLeak(firm.knowledge, ip);
  const infringed = effect.infringement * (1 - ip) * firm.knowledge;
  const knowledge = Math.max(
    0,
    depreciate(firm.knowledge, PARAMS.knowledgeDepreciation) * (1 - effect.knowledgeLoss) +
      created +
      absorbed +
      licenceLearnt -
      leaked -
      infringed,
  );
  const coreTech =
    depreciate(firm.coreTech, PARAMS.coreTechDepreciation) +
    knowledgeProduced(spend.basicResearch, firm.coreTech, PARAMS.basicProductivity) +
    0.15 * absorbed +
    effect.coreTech;

  // Design and brand (functional upgrading). Captive buyers block own-brand building.
  const designSpend = spend.designBrand * PARAMS.designShare;
  const brandSpend = spend.designBrand - designSpend;
  const design =
    depreciate(firm.design, PARAMS.designDepreciation) +
    designSpend * PARAMS.designProductivity * gov.product * (1 + Math.min(knowledge, 100) / 100);
  const brand =
    depreciate(firm.brand, PARAMS.brandDepreciation) +
    brandSpend * (firm.mode === 'OEM' ? PARAMS.oemBrandPenalty : 1);

  // Virtuous circle: new knowledge becomes patents in use (§3).
  const newPatents = drawNewPatents(rng, created + 0.5 * Math.max(0, coreTech - firm.coreTech), ip);
  const patents = firm.patents + newPatents;

  // Intelligent transformation, in order (§2).
  const digitalSpend = firm.digitalSpend + spend.digital;
  const digitalPhase = nextDigitalPhase(firm.digitalPhase, digitalSpend, knowledge);

  // Markets: wages rise, demand moves with noise and this year's shocks (§4).
  const noise = rng.normal();
  const ownNoise = rng.normal();
  const wage = firm.wage * (1 + market.wageGrowth) * (1 + effect.wageJump);
  const priceLevel = firm.priceLevel * (1 + market.priceGrowth);
  const worldDemand = firm.worldDemand * (1 + market.worldGrowth + market.worldVolatility * noise);
  // The diversified channel grows at its own pace only once the firm sells in it.
  const ownTrend = firm.mode === 'OEM' ? market.worldGrowth : market.ownGrowth;
  const ownDemand = firm.ownDemand * (1 + ownTrend + 0.5 * market.worldVolatility * ownNoise);

  // Functional upgrading and lock-in are judged on the year's new capabilities.
  const mode = nextMode({
    mode: firm.mode,
    design,
    knowledge,
    brand,
    patents,
    lockedIn: firm.lockedIn,
  });
  const rndSpend = spend.appliedRnd + spend.basicResearch;
  const innovationSpend = rndSpend + spend.designBrand + spend.training + spend.ties;

  const totalSpend = valid.total;
  const operating = SCRATCH_FIRM;
  operating.mode = mode;
  operating.knowledge = knowledge;
  operating.coreTech = coreTech;
  operating.design = design;
  operating.brand = brand;
  operating.digitalPhase = digitalPhase;
  operating.process = process;
  operating.licensed = licensed;
  operating.wage = wage;
  operating.priceLevel = priceLevel;
  operating.worldDemand = worldDemand;
  operating.ownDemand = ownDemand;
  operating.patents = patents;
  operating.debt = firm.debt;
  const flows = SCRATCH_FLOWS;
  flows.spend = totalSpend;
  flows.rndSpend = rndSpend;
  flows.worldShock = effect.worldDemand;
  flows.importCost = Math.max(0, effect.importCost);
  flows.eventCash = effect.cash;
  flows.processBoost = gov.process;
  flows.absorptiveCapacity = gamma;
  flows.absorbed = absorbed;
  flows.created = created;
  const outcome = operate(operating, scenario, yearIndex, year, flows, intoOutcome);

  const borrow = plan.borrow;
  const repay = plan.repay;
  const intensity = outcome.revenue > 0 ? innovationSpend / outcome.revenue : 0;
  const pureOemYears = nextPureOemYears(firm.pureOemYears, mode, intensity);
  const risk = lockInRisk({
    pureOemYears,
    knowledge,
    dependence: foreignDependence(licensed, knowledge, coreTech),
    buyerConcentration,
    mode,
  });

  const lockedIn = nextLockedIn(firm.lockedIn, risk);
  let next: FirmState;
  if (intoFirm) {
    intoFirm.cash = firm.cash + borrow - repay + outcome.netProfit;
    intoFirm.debt = firm.debt + borrow - repay;
    intoFirm.mode = mode;
    intoFirm.knowledge = knowledge;
    intoFirm.coreTech = coreTech;
    intoFirm.design = design;
    intoFirm.brand = brand;
    intoFirm.process = process;
    intoFirm.training = training;
    intoFirm.licensed = licensed;
    intoFirm.ipStock = ipStock;
    intoFirm.patents = patents;
    intoFirm.buyerConcentration = buyerConcentration;
    intoFirm.ties = ties;
    intoFirm.partners = partners;
    intoFirm.matches = matches;
    intoFirm.digitalSpend = digitalSpend;
    intoFirm.digitalPhase = digitalPhase;
    intoFirm.wage = wage;
    intoFirm.priceLevel = priceLevel;
    intoFirm.worldDemand = worldDemand;
    intoFirm.ownDemand = ownDemand;
    intoFirm.pureOemYears = pureOemYears;
    intoFirm.lockedIn = lockedIn;
    intoFirm.lockInRisk = risk;
    intoFirm.ecosystem = ecosystem;
    intoFirm.absorbedTotal = firm.absorbedTotal + absorbed;
    intoFirm.createdTotal = firm.createdTotal + created;
    next = intoFirm;
  } else {
    // One literal with every field (no spread): `decide` builds this once a year.
    next = {
      cash: firm.cash + borrow - repay + outcome.netProfit,
      debt: firm.debt + borrow - repay,
      mode,
      knowledge,
      coreTech,
      design,
      brand,
      process,
      training,
      licensed,
      ipStock,
      patents,
      buyerConcentration,
      ties,
      partners,
      matches,
      digitalSpend,
      digitalPhase,
      wage,
      priceLevel,
      worldDemand,
      ownDemand,
      pureOemYears,
      lockedIn,
      lockInRisk: risk,
      ecosystem,
      absorbedTotal: firm.absorbedTotal + absorbed,
      createdTotal: firm.createdTotal + created,
    };
  }
  return {
    firm: next,
    outcome,
    newPatents,
    newMatches,
    governance: gov.governance,
    leaked,
    infringed,
    licenceLearnt,
  };
}
