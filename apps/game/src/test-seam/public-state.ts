import { domain } from '../domain-runtime.js';
import type { GameSession } from '../app/session.js';
import type { PublicGameState } from './types.js';

/** The test seam's view of a game. A deep copy, so a test cannot change the game. */
export function publicState(session: GameSession): PublicGameState {
  const d = domain();
  const state = session.state;
  const view: PublicGameState = {
    ...session.setup,
    turn: state.turn,
    year: state.year,
    status: state.status,
    decisions: session.decisions,
    pending: state.pending,
    indicators: d.indicators(state),
    budget: d.budgetOf(state),
    score: state.status === 'playing' ? null : d.score(state),
    game: state,
  };
  return structuredClone(view);
}
