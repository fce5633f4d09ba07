import { Debrief } from './debrief.js';
import { Join } from './join.js';
import { Leaderboard } from './leaderboard.js';
import { Learn } from './learn.js';
import { Play } from './play.js';
import { ScenarioChoice } from './scenario-choice.js';
import { Teach } from './teach.js';
import type { SceneKey } from './scene-keys.js';
import type { ScreenScene } from './screen-scene.js';
import { YearReport } from './year-report.js';

/**
 * The scenes after the title, with their UI and view models: one chunk that
 * Preload loads beside the domain, so the first load is Phaser and the title.
 */
export const GAME_SCENES: readonly (readonly [SceneKey, new () => ScreenScene])[] = [
  ['ScenarioChoice', ScenarioChoice],
  ['Play', Play],
  ['YearReport', YearReport],
  ['Debrief', Debrief],
  ['Leaderboard', Leaderboard],
  ['Learn', Learn],
  ['Join', Join],
  ['Teach', Teach],
];
