/** Every scene's key; each scene class has the same name as its key. */
export const SCENE_KEYS = [
  'Boot',
  'Preload',
  'Title',
  'ScenarioChoice',
  'Play',
  'YearReport',
  'Debrief',
  'Leaderboard',
  'Learn',
  'Join',
  'Teach',
] as const;
export type SceneKey = (typeof SCENE_KEYS)[number];
