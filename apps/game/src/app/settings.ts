import type { KeyValueStore } from './storage.js';

export type Lang = 'en' | 'zh';
export type TextSize = 'normal' | 'large' | 'larger';
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger'];

export interface Settings {
  readonly lang: Lang;
  readonly sound: boolean;
  readonly reducedMotion: boolean;
  readonly textSize: TextSize;
}

export const SETTINGS_KEY = 'smile-curve:settings:v1';

/** Defaults follow the browser: its language and its reduced-motion preference. */
export function defaultSettings(browserLang: string, prefersReducedMotion: boolean): Settings {
  return {
    lang: browserLang.toLowerCase().startsWith('zh') ? 'zh' : 'en',
    sound: false,
    reducedMotion: prefersReducedMotion,
    textSize: 'normal',
  };
}

/** Reads settings; anything missing or malformed falls back to the default, field by field. */
export function loadSettings(store: KeyValueStore, defaults: Settings): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(SETTINGS_KEY) ?? 'null');
  } catch {
    return defaults;
  }
  if (typeof raw !== 'object' || raw === null) return defaults;
  const r = raw as Record<string, unknown>;
  return {
    lang: r.lang === 'en' || r.lang === 'zh' ? r.lang : defaults.lang,
    sound: typeof r.sound === 'boolean' ? r.sound : defaults.sound,
    reducedMotion: typeof r.reducedMotion === 'boolean' ? r.reducedMotion : defaults.reducedMotion,
    textSize: TEXT_SIZES.find((s) => s === r.textSize) ?? defaults.textSize,
  };
}

export function saveSettings(store: KeyValueStore, settings: Settings): void {
  store.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

/** Puts the settings on <html>: language, text size and motion are CSS hooks. */
export function applySettings(
  root: HTMLElement,
  settings: Settings,
  forceReducedMotion: boolean,
): void {
  root.lang = settings.lang === 'zh' ? 'zh-Hans' : 'en';
  root.dataset.textSize = settings.textSize;
  root.dataset.motion = settings.reducedMotion || forceReducedMotion ? 'reduce' : 'full';
}
