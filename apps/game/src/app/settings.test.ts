import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, saveSettings, SETTINGS_KEY } from './settings.js';
import { memoryStore } from './storage.js';

describe('settings', () => {
  const defaults = defaultSettings('zh-CN', true);

  it('defaults follow the browser language and motion preference', () => {
    expect(defaults).toEqual({ lang: 'zh', sound: false, reducedMotion: true, textSize: 'normal' });
    expect(defaultSettings('en-GB', false).lang).toBe('en');
  });

  it('round-trips through storage', () => {
    const store = memoryStore();
    const s = { lang: 'en', sound: true, reducedMotion: false, textSize: 'larger' } as const;
    saveSettings(store, s);
    expect(loadSettings(store, defaults)).toEqual(s);
  });

  it('falls back field by field on malformed data, and on broken JSON', () => {
    const store = memoryStore({ [SETTINGS_KEY]: '{"lang":"fr","sound":true,"textSize":9}' });
    expect(loadSettings(store, defaults)).toEqual({ ...defaults, sound: true });
    expect(loadSettings(memoryStore({ [SETTINGS_KEY]: '{oops' }), defaults)).toEqual(defaults);
    expect(loadSettings(memoryStore({ [SETTINGS_KEY]: '42' }), defaults)).toEqual(defaults);
  });
});
