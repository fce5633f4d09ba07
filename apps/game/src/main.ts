import Phaser from 'phaser';
import { app, initApp } from './app/app-state.js';
import { parseLaunchParams } from './app/launch-params.js';
import { applySettings, defaultSettings, loadSettings } from './app/settings.js';
import { useCjkFontFor } from './app/cjk-font.js';
import { browserStore } from './app/storage.js';
import { setLang } from './i18n/i18n.js';
import { Boot } from './scenes/boot.js';
import { Preload } from './scenes/preload.js';
import { Title } from './scenes/title.js';
import { publicState } from './test-seam/public-state.js';
import { installTestSeam } from './test-seam/seam.js';

const store = browserStore();
const params = parseLaunchParams(window.location.search);
const testMode = import.meta.env.MODE === 'test' || params.test;
const settings = loadSettings(
  store,
  defaultSettings(
    navigator.language,
    window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  ),
);
setLang(settings.lang);
applySettings(document.documentElement, settings, testMode);
useCjkFontFor(settings.lang);
initApp({
  store,
  settings,
  testMode,
  session: null,
  lastReport: null,
  notice: null,
  choice: { kind: 'solo' },
});
if (testMode) {
  installTestSeam(() => {
    const session = app().session;
    return session ? publicState(session) : null;
  });
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#0f1b2d',
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  banner: false,
  // A turn-based game with slow tweens: 30 steps a second look the same as 60 and
  // halve the drawing a school Chromebook (or software WebGL) does while a student reads.
  fps: { limit: 30 },
  // The game's few sounds are synthesised in app/sound.ts; Phaser's audio stays off.
  audio: { noAudio: true },
  // The other scenes arrive with the domain: Preload adds them (scenes/game-scenes.ts).
  scene: [Boot, Preload, Title],
});

export default game;
