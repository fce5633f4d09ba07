import type { YearReport } from '@smile-curve/domain';
import type { UiKey, Values } from '../i18n/i18n.js';
import { clearSave, writeSave } from './save.js';
import type { GameSession } from './session.js';
import type { Settings } from './settings.js';
import type { KeyValueStore } from './storage.js';

/** A message for the next screen (saved game lost, server unreachable…). */
export interface Notice {
  readonly key: UiKey;
  readonly values?: Values;
}

/** How the scenario choice starts a game: a random seed, or today's daily challenge. */
export type ChoiceMode =
  { readonly kind: 'solo' } | { readonly kind: 'daily'; readonly date: string };

/** What the scenes share. Scenes read it and hand it on; the domain owns every number. */
export interface AppState {
  store: KeyValueStore;
  settings: Settings;
  /** Test mode (`?test=1` or vitest): the test seam is on and animations are off. */
  testMode: boolean;
  session: GameSession | null;
  /** The report of the year just played, for the YearReport scene. */
  lastReport: YearReport | null;
  notice: Notice | null;
  choice: ChoiceMode;
}

let state: AppState | undefined;

export function initApp(initial: AppState): AppState {
  state = initial;
  return state;
}

export function app(): AppState {
  if (!state) throw new Error('initApp() has not run');
  return state;
}

/** Saves the current game (setup and decisions only). */
export function persistSession(a: AppState): void {
  if (a.session) writeSave(a.store, a.session.toSave());
}

/** Makes `session` the current game and saves it. */
export function adoptSession(a: AppState, session: GameSession): void {
  a.session = session;
  a.lastReport = null;
  persistSession(a);
}

/** Forgets the current game (a new one is about to start). */
export function dropSession(a: AppState): void {
  a.session = null;
  a.lastReport = null;
  clearSave(a.store);
}

/** Whether animations should run. */
export function motionAllowed(a: AppState): boolean {
  return !a.settings.reducedMotion && !a.testMode;
}
