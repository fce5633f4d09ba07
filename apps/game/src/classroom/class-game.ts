import { adoptSession, type AppState } from '../app/app-state.js';
import { GameSession } from '../app/session.js';
import type { Membership } from './membership.js';

/**
 * Opens the class game of a membership: the saved game when it is that game
 * (a rejoin keeps the year and state), else a new game on the class's
 * scenario and seed under the membership's run id. Returns the scene to show,
 * or null when the class's scenario cannot start here.
 */
export function openClassGame(a: AppState, member: Membership): 'Play' | 'Debrief' | null {
  const current = a.session;
  if (current?.setup.runId === member.runId) return current.over ? 'Debrief' : 'Play';
  const started = GameSession.start({
    runId: member.runId,
    scenarioId: member.scenarioId,
    seed: member.seed,
    daily: null,
  });
  if (!started.ok) return null;
  adoptSession(a, started.session);
  return 'Play';
}

/** Leaves /join/CODE for the game's own address, so the menu and a reload behave as usual. */
export function leaveJoinAddress(): void {
  if (window.location.pathname !== '/') {
    window.history.replaceState(null, '', `/${window.location.search}`);
  }
}
