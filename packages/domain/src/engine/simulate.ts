import type { Decision } from '../schemas/decision.js';
import type { Strategy } from '../strategies/index.js';
import type { DomainError } from './errors.js';
import { decide, newGame } from './game.js';
import type { YearReport } from './report.js';
import type { GameState } from './state.js';

export interface PlayedGame {
  readonly state: GameState;
  readonly decisions: Decision[];
  readonly reports: YearReport[];
}

/**
 * Plays a whole game with a strategy (bots, counterfactuals, tests, the
 * balance sweep). A strategy that produces an invalid decision is a bug, so
 * it throws with the domain error.
 */
export function playGame(
  input: { scenarioId: string; seed: number },
  strategy: Strategy,
): PlayedGame {
  const started = newGame(input);
  if (!started.ok) throw new Error(`${started.error.code}: ${started.error.message}`);
  return continueGame(started.state, strategy);
}

/** Continues a game from any state with a strategy until it ends. */
export function continueGame(start: GameState, strategy: Strategy): PlayedGame {
  let state = start;
  const decisions: Decision[] = [];
  const reports: YearReport[] = [];
  while (state.status === 'playing') {
    const decision = strategy(state);
    const result = decide(state, decision);
    if (!result.ok) throw new StrategyError(result.error, state.year);
    decisions.push(decision);
    reports.push(result.report);
    state = result.state;
  }
  return { state, decisions, reports };
}

export class StrategyError extends Error {
  constructor(
    readonly error: DomainError,
    readonly year: number,
  ) {
    super(`Strategy made an invalid decision in ${year}: ${error.code} ${error.message}`);
  }
}
