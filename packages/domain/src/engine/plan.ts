import type { Decision } from '../schemas/decision.js';
import type { LeverId, PartnerId } from '../schemas/ids.js';

/** Every lever's amount for one year. */
export type Spend = Readonly<Record<LeverId, number>>;

/**
 * A parsed decision in one fixed shape, as the engine reads it every year.
 * Parsed decisions come in as many shapes as players send key sets, which
 * makes each property read on them a slow lookup; a plan is read in one shape.
 * Built once per decision (a replay builds the whole log's up front): the
 * same values the year's checks and `stepYear` used to read off the decision.
 */
export interface Plan {
  /** Every lever's amount, 0 when the decision omits it. */
  readonly spend: Spend;
  /** The first key of the decision's `spend` that is no lever (the year's checks refuse it), or null. */
  readonly unknownLever: string | null;
  readonly partners: readonly PartnerId[] | undefined;
  /** The event answers (an empty object when the decision has none). */
  readonly answers: Readonly<Record<string, string>>;
  readonly borrow: number;
  readonly repay: number;
}

/** Sets one lever's amount; false for an unknown lever. A switch, because replays do this often. */
function setLever(spend: Record<LeverId, number>, lever: string, amount: number): boolean {
  switch (lever) {
    case 'process':
      spend.process = amount;
      return true;
    case 'appliedRnd':
      spend.appliedRnd = amount;
      return true;
    case 'basicResearch':
      spend.basicResearch = amount;
      return true;
    case 'licensing':
      spend.licensing = amount;
      return true;
    case 'training':
      spend.training = amount;
      return true;
    case 'ties':
      spend.ties = amount;
      return true;
    case 'ipProtection':
      spend.ipProtection = amount;
      return true;
    case 'digital':
      spend.digital = amount;
      return true;
    case 'designBrand':
      spend.designBrand = amount;
      return true;
    default:
      return false;
  }
}

/** Shared by every plan without answers: nothing writes to it. */
const NO_ANSWERS: Readonly<Record<string, string>> = Object.freeze({});

/** The plan of a parsed decision (parseDecisionFields reads the fastest: one shape for all). */
export function planOf(decision: Decision): Plan {
  const spend: Record<LeverId, number> = {
    process: 0,
    appliedRnd: 0,
    basicResearch: 0,
    licensing: 0,
    training: 0,
    ties: 0,
    ipProtection: 0,
    digital: 0,
    designBrand: 0,
  };
  let unknownLever: string | null = null;
  // Read through a local: `amounts[lever]` inside `for (lever in amounts)` takes V8's
  // for-in fast path, where `decision.spend[lever]` is a generic (megamorphic) lookup.
  const amounts = decision.spend;
  for (const lever in amounts) {
    if (!setLever(spend, lever, amounts[lever] ?? 0)) {
      unknownLever = lever;
      break;
    }
  }
  return {
    spend,
    unknownLever,
    partners: decision.partners,
    answers: decision.answers ?? NO_ANSWERS,
    borrow: decision.borrow ?? 0,
    repay: decision.repay ?? 0,
  };
}
