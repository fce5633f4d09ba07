import type { Decision } from '../schemas/decision.js';
import { parseDecision } from '../schemas/parse-decision.js';
import type { LeverId } from '../schemas/ids.js';
import type { Scenario } from '../schemas/scenario.js';
import { getEvent, getScenario } from '../scenarios/index.js';
import { creditHeadroom } from '../mechanisms/liquidity.js';
import { domainError, type DomainError } from './errors.js';
import { optionCost } from './events.js';
import type { GameState } from './state.js';
import type { Spend } from './step-year.js';

export interface ValidDecision {
  readonly decision: Decision;
  readonly spend: Spend;
  readonly total: number;
}

function hasOption(options: readonly { readonly id: string }[], id: string): boolean {
  for (let i = 0; i < options.length; i++) if (options[i]?.id === id) return true;
  return false;
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

/**
 * Checks a decision against the schema and the state: known levers, an answer
 * for every event card that has options, and everything paid from cash (plus
 * new borrowing, minus repayment).
 */
export function validateDecision(
  state: GameState,
  scenario: Scenario,
  input: unknown,
): { ok: true; value: ValidDecision } | { ok: false; error: DomainError } {
  if (state.status !== 'playing') {
    return { ok: false, error: domainError('game/over', `The game is over (${state.status}).`) };
  }
  const parsed = parseDecision(input);
  if (!parsed.ok) {
    return {
      ok: false,
      error: domainError(
        'input/invalid',
        `${parsed.path.join('.') || 'decision'}: ${parsed.message}`,
        parsed.path,
      ),
    };
  }
  return checkDecision(state, scenario, parsed.value);
}

/** What the state-dependent checks read: a GameState, or a replay's working copy. */
export type CheckedState = Pick<GameState, 'status' | 'pending' | 'firm' | 'last'>;

/** The state-dependent checks, for a decision already parsed by DecisionSchema. */
export function checkDecision(
  state: CheckedState,
  scenario: Scenario,
  decision: Decision,
): { ok: true; value: ValidDecision } | { ok: false; error: DomainError } {
  if (state.status !== 'playing') {
    return { ok: false, error: domainError('game/over', `The game is over (${state.status}).`) };
  }
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
  for (const lever in decision.spend) {
    if (!setLever(spend, lever, decision.spend[lever] ?? 0)) {
      return {
        ok: false,
        error: domainError('decision/unknown_lever', `Unknown lever "${lever}".`, ['spend', lever]),
      };
    }
  }

  const answers = decision.answers ?? {};
  for (const eventId in answers) {
    if (!state.pending.includes(eventId)) {
      return {
        ok: false,
        error: domainError(
          'decision/unknown_event',
          `Event "${eventId}" is not on this year's cards.`,
          ['answers', eventId],
        ),
      };
    }
  }
  for (const eventId of state.pending) {
    const def = getEvent(eventId);
    if (!def || def.options.length === 0) continue;
    const answer = answers[eventId];
    if (answer === undefined) {
      return {
        ok: false,
        error: domainError('decision/missing_event_answer', `Choose an option for "${eventId}".`, [
          'answers',
          eventId,
        ]),
      };
    }
    if (!hasOption(def.options, answer)) {
      return {
        ok: false,
        error: domainError(
          'decision/unknown_option',
          `"${answer}" is not an option of "${eventId}".`,
          ['answers', eventId],
        ),
      };
    }
  }

  const borrow = decision.borrow ?? 0;
  const repay = decision.repay ?? 0;
  if (borrow > 0 && !scenario.market.loan.allowed) {
    return {
      ok: false,
      error: domainError('decision/loan_not_allowed', 'This scenario has no bank loans.', [
        'borrow',
      ]),
    };
  }
  const headroom = creditHeadroom(state.firm.debt, state.last?.revenue ?? 0, scenario.market);
  if (borrow > headroom) {
    return {
      ok: false,
      error: domainError('decision/over_credit_limit', `The bank lends at most ${headroom} more.`, [
        'borrow',
      ]),
    };
  }
  if (repay > state.firm.debt + borrow) {
    return {
      ok: false,
      error: domainError('decision/over_repay', 'You cannot repay more than you owe.', ['repay']),
    };
  }

  const total = totalOf(spend) + optionCost(state.pending, answers);
  const available = state.firm.cash + borrow - repay;
  if (total > available) {
    return {
      ok: false,
      error: domainError(
        'decision/over_budget',
        `Spending ${total} exceeds the ${Math.floor(Math.max(0, available))} available.`,
        ['spend'],
      ),
    };
  }
  return { ok: true, value: { decision, spend, total } };
}

/** What the player may spend this year: cash, and the bank's headroom if loans exist. */
export function budgetOf(state: GameState): { cash: number; credit: number } {
  const scenario = getScenario(state.scenarioId);
  if (!scenario) return { cash: 0, credit: 0 };
  return {
    cash: Math.max(0, Math.floor(state.firm.cash)),
    credit: creditHeadroom(state.firm.debt, state.last?.revenue ?? 0, scenario.market),
  };
}

/** The sum of a year's lever spending. */
export function totalOf(spend: Spend): number {
  return (
    spend.process +
    spend.appliedRnd +
    spend.basicResearch +
    spend.licensing +
    spend.training +
    spend.ties +
    spend.ipProtection +
    spend.digital +
    spend.designBrand
  );
}
