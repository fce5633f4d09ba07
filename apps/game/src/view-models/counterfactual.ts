import type {
  ArchetypeName,
  Decision,
  DomainError,
  GameState,
  Indicators,
  LeverId,
  ScoreBreakdown,
  Strategy,
} from '@smile-curve/domain';
import { domain } from '../domain-runtime.js';

export type Continuation = 'mine' | ArchetypeName;

export interface CounterfactualInput {
  readonly scenarioId: string;
  readonly seed: number;
  readonly decisions: readonly Decision[];
  /** The state before the changed year's decision. */
  readonly before: GameState;
  readonly turn: number;
  readonly lever: LeverId;
  readonly amount: number;
  readonly rest: Continuation;
}

export type CounterfactualResult =
  | {
      readonly ok: true;
      readonly state: GameState;
      readonly score: ScoreBreakdown;
      /** Indicators after every year of the counterfactual game. */
      readonly history: readonly Indicators[];
      /** Years where the player's own decision no longer fitted and the fallback bot decided. */
      readonly fallbackYears: readonly number[];
      readonly decisions: readonly Decision[];
    }
  | { readonly ok: false; readonly error: DomainError };

/** The bot that decides a year the player's own decision no longer fits. */
export const FALLBACK_BOT: ArchetypeName = 'balancedGic';

/** The player's decision for `turn` with one lever changed (0 removes it). */
export function withLever(decision: Decision, lever: LeverId, amount: number): Decision {
  const spend = Object.fromEntries(Object.entries(decision.spend).filter(([id]) => id !== lever));
  if (amount !== 0) spend[lever] = amount;
  return { ...decision, spend };
}

/**
 * Replays the player's own decisions after the change. Events can differ once
 * the game diverges: a card the player answered keeps that answer, a card seen
 * in another year gets the answer given then, a new card its cheapest option.
 * A decision that no longer fits the budget is decided by the fallback bot.
 */
export function ownDecisions(decisions: readonly Decision[], fallbackYears: number[]): Strategy {
  const d = domain();
  const answered = new Map<string, string>();
  for (const decision of decisions) {
    for (const [eventId, optionId] of Object.entries(decision.answers ?? {})) {
      if (!answered.has(eventId)) answered.set(eventId, optionId);
    }
  }
  const fallback = d.strategies[FALLBACK_BOT];
  return (state) => {
    const original = decisions[state.turn];
    if (!original) {
      fallbackYears.push(state.year);
      return fallback(state);
    }
    const answers: Record<string, string> = {};
    for (const eventId of state.pending) {
      const options = d.getEvent(eventId)?.options ?? [];
      if (options.length === 0) continue;
      const own = original.answers?.[eventId] ?? answered.get(eventId);
      const cheapest = [...options].sort((a, b) => a.cost - b.cost)[0];
      const choice = options.find((o) => o.id === own) ?? cheapest;
      if (choice) answers[eventId] = choice.id;
    }
    const adapted: Decision = { ...original };
    delete adapted.answers;
    if (Object.keys(answers).length > 0) adapted.answers = answers;
    if (d.decide(state, adapted).ok) return adapted;
    fallbackYears.push(state.year);
    return fallback(state);
  };
}

/**
 * What if one amount had been different? Replays the game in the browser:
 * the changed year through `decide`, the rest through `continueGame` with the
 * player's own decisions or a bot, then the whole log through `replay` for
 * the score and the indicator history.
 */
export function runCounterfactual(input: CounterfactualInput): CounterfactualResult {
  const d = domain();
  const original = input.decisions[input.turn];
  if (!original) throw new Error(`No decision for turn ${input.turn}`);
  const changed = withLever(original, input.lever, input.amount);
  const first = d.decide(input.before, changed);
  if (!first.ok) return first;
  const fallbackYears: number[] = [];
  const strategy =
    input.rest === 'mine' ? ownDecisions(input.decisions, fallbackYears) : d.strategies[input.rest];
  let continued: Decision[];
  try {
    continued = d.continueGame(first.state, strategy).decisions;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'input/invalid', message } };
  }
  const decisions = [...input.decisions.slice(0, input.turn), changed, ...continued];
  const replayed = d.replay({ scenarioId: input.scenarioId, seed: input.seed, decisions });
  if (!replayed.ok) return { ok: false, error: replayed.error };
  return {
    ok: true,
    state: replayed.state,
    score: replayed.score,
    history: replayed.history,
    fallbackYears,
    decisions,
  };
}
