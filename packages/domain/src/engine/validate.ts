import { parseDecisionFields } from '../schemas/parse-decision.js';
import type { Scenario } from '../schemas/scenario.js';
import { getScenario } from '../scenarios/index.js';
import { creditHeadroom } from '../mechanisms/liquidity.js';
import { domainError, type DomainError } from './errors.js';
import { combineEffects, flatEvent, optionOf, type CombinedEffect } from './events.js';
import type { GameState } from './state.js';
import { planOf, type Plan, type Spend } from './plan.js';

export interface ValidDecision {
  readonly plan: Plan;
  /** The year's spending: the levers (plan.spend) and the chosen options' costs. */
  readonly total: number;
  /** The year's events and chosen options, combined (what the year then plays). */
  readonly effect: CombinedEffect;
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
  const parsed = parseDecisionFields(input);
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
  return checkDecision(state, scenario, planOf(parsed.value));
}

/** What the state-dependent checks read: a GameState, or a replay's working copy. */
export type CheckedState = Pick<GameState, 'status' | 'pending' | 'firm' | 'last'>;

/** The state-dependent checks, for the plan of a decision already parsed (parseDecisionFields). */
export function checkDecision(
  state: CheckedState,
  scenario: Scenario,
  plan: Plan,
): { ok: true; value: ValidDecision } | { ok: false; error: DomainError } {
  if (state.status !== 'playing') {
    return { ok: false, error: domainError('game/over', `The game is over (${state.status}).`) };
  }
  const lever = plan.unknownLever;
  if (lever !== null) {
    return {
      ok: false,
      error: domainError('decision/unknown_lever', `Unknown lever "${lever}".`, ['spend', lever]),
    };
  }

  const answers = plan.answers;
  const pending = state.pending;
  for (const eventId in answers) {
    if (!pending.includes(eventId)) {
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
  for (let i = 0; i < pending.length; i++) {
    const eventId = pending[i] as string;
    // The library event with its options (null when unknown), as the year's effect reads it.
    const def = flatEvent(eventId);
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
    if (optionOf(def, answer) === undefined) {
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

  const borrow = plan.borrow;
  const repay = plan.repay;
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

  const spend = plan.spend;
  // The effect is worked out here once for the year; its optionCost sums the chosen options' costs.
  const effect = combineEffects(pending, answers);
  const total = totalOf(spend) + effect.optionCost;
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
  return { ok: true, value: { plan, total, effect } };
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
