import type { Decision, GameState, Indicators, ScoreBreakdown } from '@smile-curve/domain';
import type { SceneKey } from '../scenes/scene-keys.js';

export type { SceneKey };

/** The game as tests see it: the setup, the decisions and what the domain made of them. */
export interface PublicGameState {
  readonly runId: string;
  readonly scenarioId: string;
  readonly seed: number;
  readonly daily: string | null;
  readonly turn: number;
  readonly year: number;
  readonly status: GameState['status'];
  readonly decisions: readonly Decision[];
  readonly pending: readonly string[];
  readonly indicators: Indicators;
  readonly budget: { readonly cash: number; readonly credit: number };
  /** Only when the game is over. */
  readonly score: ScoreBreakdown | null;
  readonly game: GameState;
}

/**
 * The test seam on `window.__smileCurve`, installed only in test mode
 * (`?test=1`, or Vite's test mode). e2e/fixtures.ts wraps it with the same
 * types, so the compiler notices when the two drift apart.
 */
export interface SmileCurveTestApi {
  readonly version: 1;
  /** The scene on screen. */
  readonly scene: SceneKey | null;
  /** True once the scene's screen is built and no animation is pending. */
  readonly ready: boolean;
  /** The current game, or null before one starts. */
  state(): PublicGameState | null;
}

declare global {
  interface Window {
    __smileCurve?: SmileCurveTestApi;
  }
}
