import type { PublicGameState, SceneKey, SmileCurveTestApi } from './types.js';

let scene: SceneKey | null = null;
let ready = false;

/** Installs `window.__smileCurve`. Call only in test mode. */
export function installTestSeam(getState: () => PublicGameState | null): void {
  const api: SmileCurveTestApi = {
    version: 1,
    get scene() {
      return scene;
    },
    get ready() {
      return ready;
    },
    state: getState,
  };
  Object.defineProperty(window, '__smileCurve', { value: api, configurable: false });
}

/** A scene starts: not ready until its screen is built. Harmless when the seam is off. */
export function enterScene(key: SceneKey): void {
  scene = key;
  ready = false;
  document.documentElement.dataset.scene = key;
}

export function markReady(): void {
  ready = true;
}
