import { strategies } from '@smile-curve/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDomain } from '../domain-runtime.js';
import { tIn } from '../i18n/i18n.js';
import { QUEUE_KEY, readQueue, type QueuedRun } from '../net/submit-queue.js';
import { launch, type LaunchDeps } from './launch.js';
import { readSave, SAVE_KEY, writeSave } from './save.js';
import { GameSession } from './session.js';
import { defaultSettings, loadSettings, SETTINGS_KEY } from './settings.js';
import { memoryStore } from './storage.js';

/**
 * Whatever another page, an old build or a curious student left in
 * localStorage under the game's keys: the game opens, says what happened in
 * both languages, and keeps every piece of progress that is still readable.
 */

const deps: LaunchDeps = {
  defaultScenarioId: 'dongguan-electronics',
  newSeed: () => 7,
  newRunId: () => 'run-fresh-0001',
};
const none = { seed: null, scenarioId: null, test: false };
const envelope = {
  v: 1,
  runId: 'run-saved-0001',
  scenarioId: 'foshan-appliances',
  seed: 5,
  daily: null,
};

/** Save texts that must each open the title with a readable notice and clear the save. */
const HOSTILE_SAVES: [string, string][] = [
  ['truncated JSON', '{"v":1,"runId":'],
  ['JSON null', 'null'],
  ['a bare number', '42'],
  ['another app’s object', JSON.stringify({ user: 'bob', token: 'abc', theme: 'dark' })],
  ['a prototype-polluting object', '{"__proto__":{"v":1},"constructor":{"prototype":{"x":1}}}'],
  ['a 2 MB string', JSON.stringify('x'.repeat(2 * 1024 * 1024))],
  ['a seed past the largest', JSON.stringify({ ...envelope, seed: 1e308, decisions: [] })],
  ['a seed that is a string', JSON.stringify({ ...envelope, seed: '5', decisions: [] })],
  ['an unknown scenario', JSON.stringify({ ...envelope, scenarioId: 'atlantis', decisions: [] })],
  [
    'decisions that are not decisions',
    JSON.stringify({ ...envelope, decisions: [null, 42, 'x', [], {}] }),
  ],
  [
    '10,000 decisions',
    JSON.stringify({
      ...envelope,
      decisions: Array.from({ length: 10_000 }, () => ({ spend: {} })),
    }),
  ],
  [
    'a runId of 5,000 characters',
    JSON.stringify({ ...envelope, runId: 'r'.repeat(5000), decisions: [] }),
  ],
  [
    'a lone surrogate scenario',
    JSON.stringify({ ...envelope, scenarioId: '\uD800', decisions: [] }),
  ],
];

/** The notice is real text in English and Chinese, every placeholder filled. */
function expectReadable(
  notice: { key: Parameters<typeof tIn>[1]; values?: Record<string, string | number> } | null,
) {
  expect(notice).not.toBeNull();
  if (!notice) return;
  for (const language of ['en', 'zh'] as const) {
    const text = tIn(language, notice.key, notice.values);
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/\{\w+\}|undefined|\[object/);
  }
}

describe('corrupted or foreign localStorage', () => {
  beforeAll(async () => {
    await loadDomain();
  });

  it.each(HOSTILE_SAVES)(
    'a save holding %s: title, a notice in EN and ZH, save cleared',
    (_name, text) => {
      const store = memoryStore({ [SAVE_KEY]: text, 'another-app:prefs': '{"x":1}' });
      const route = launch(store, none, deps);
      expect(route.scene).toBe('Title');
      expect(route.session).toBeNull();
      expectReadable(route.notice);
      expect(readSave(store)).toEqual({ kind: 'none' });
      // Nothing that is not the game's is touched.
      expect(store.getItem('another-app:prefs')).toBe('{"x":1}');
    },
  );

  it('a readable save beside garbage elsewhere resumes exactly where it was', () => {
    const started = GameSession.start({ ...envelope });
    if (!started.ok) throw new Error('start');
    for (let i = 0; i < 3; i++)
      started.session.decide(strategies.balancedGic(started.session.state));
    const store = memoryStore({
      [SETTINGS_KEY]: '{"lang":',
      [QUEUE_KEY]: 'not json',
      junk: '\u0000',
    });
    writeSave(store, started.session.toSave());
    const route = launch(store, none, deps);
    expect(route.scene).toBe('Play');
    expect(route.notice).toBeNull();
    expect(route.session?.state).toEqual(started.session.state);
  });

  it.each([
    ['truncated JSON', '{"lang":'],
    ['an array', '["zh"]'],
    [
      'wrong types everywhere',
      JSON.stringify({ lang: 'fr', sound: 'yes', reducedMotion: 1, textSize: 'huge' }),
    ],
    ['a 1 MB string', JSON.stringify('z'.repeat(1024 * 1024))],
  ])('settings holding %s fall back to the defaults', (_name, text) => {
    const defaults = defaultSettings('zh-CN', true);
    expect(loadSettings(memoryStore({ [SETTINGS_KEY]: text }), defaults)).toEqual(defaults);
  });

  it('a queue mixing garbage with real runs keeps every real run', () => {
    const real: QueuedRun = {
      runId: 'run-queued-0001',
      scenarioId: 'dongguan-electronics',
      seed: 9,
      decisions: [{ spend: { process: 1 } }],
      nickname: 'Lin',
      board: 'global',
      status: 'queued',
    };
    const sent: QueuedRun = {
      ...real,
      runId: 'run-sent-0002',
      status: 'sent',
      result: { score: 300, rank: 2, boardSize: 9 },
    };
    const garbage = [
      null,
      42,
      'x',
      [],
      {},
      { ...real, board: 'moon' },
      { ...real, seed: 'nine' },
      { ...real, status: 'sent', result: 'first place' },
      { ...real, problem: { html: '<b>' } },
    ];
    const store = memoryStore({
      [QUEUE_KEY]: JSON.stringify([garbage[0], real, ...garbage.slice(1), sent]),
    });
    expect(readQueue(store)).toEqual([real, sent]);
    for (const text of ['', 'null', '{"0":1}', '[', '"[]"']) {
      expect(readQueue(memoryStore({ [QUEUE_KEY]: text }))).toEqual([]);
    }
  });
});
