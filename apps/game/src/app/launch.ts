import type { Notice } from './app-state.js';
import type { LaunchParams } from './launch-params.js';
import { clearSave, readSave } from './save.js';
import { GameSession, type GameSetup } from './session.js';
import type { KeyValueStore } from './storage.js';

export interface LaunchRoute {
  readonly scene: 'Title' | 'Play' | 'Debrief';
  readonly session: GameSession | null;
  readonly notice: Notice | null;
  /** True when the route started a new game that must be saved. */
  readonly fresh: boolean;
}

export interface LaunchDeps {
  readonly defaultScenarioId: string;
  readonly newSeed: () => number;
  readonly newRunId: () => string;
}

function sceneOf(session: GameSession): 'Play' | 'Debrief' {
  return session.over ? 'Debrief' : 'Play';
}

/**
 * Where the game opens: the saved game if there is one (rebuilt by replay),
 * or the game the URL asks for (`?seed=`, `?scenario=`), else the title.
 * Unreadable, outdated or unreplayable saves are cleared with a notice.
 */
export function launch(store: KeyValueStore, params: LaunchParams, deps: LaunchDeps): LaunchRoute {
  let notice: Notice | null = null;
  let restored: GameSession | null = null;
  const read = readSave(store);
  if (read.kind === 'ok') {
    const { runId, scenarioId, seed, daily, decisions } = read.save;
    const result = GameSession.restore({ runId, scenarioId, seed, daily }, decisions);
    if (result.ok) restored = result.session;
    else {
      notice = { key: 'notice.replayFailed', values: { message: result.error.message } };
      clearSave(store);
    }
  } else if (read.kind === 'corrupt') {
    notice = { key: 'notice.corrupt', values: { reason: read.reason } };
    clearSave(store);
  } else if (read.kind === 'outdated') {
    notice = { key: 'notice.outdated' };
    clearSave(store);
  }

  if (params.seed !== null || params.scenarioId !== null) {
    const scenarioId = params.scenarioId ?? deps.defaultScenarioId;
    const seed = params.seed ?? deps.newSeed();
    const s = restored?.setup;
    if (restored && s && s.scenarioId === scenarioId && s.seed === seed && s.daily === null) {
      return { scene: sceneOf(restored), session: restored, notice, fresh: false };
    }
    const setup: GameSetup = { runId: deps.newRunId(), scenarioId, seed, daily: null };
    const started = GameSession.start(setup);
    if (started.ok) return { scene: 'Play', session: started.session, notice, fresh: true };
    notice = { key: 'notice.badParams', values: { message: started.error.message } };
  }
  if (restored) return { scene: sceneOf(restored), session: restored, notice, fresh: false };
  return { scene: 'Title', session: null, notice, fresh: false };
}
