import type { Lang } from '../app/settings.js';
import { classroomEn, type ClassroomKey } from './classroom-en.js';
import { classroomZh } from './classroom-zh.js';
import { uiEn, type UiKey as GameKey } from './ui-en.js';
import { uiZh } from './ui-zh.js';
import { eventSourcesZh } from './event-sources-zh.js';

/** Every UI string's key: the game's and the classroom feature's catalogues. */
export type UiKey = GameKey | ClassroomKey;
export type Values = Readonly<Record<string, string | number>>;

const catalogues: Record<Lang, Record<UiKey, string>> = {
  en: { ...uiEn, ...classroomEn },
  zh: { ...uiZh, ...classroomZh },
};
let current: Lang = 'en';

export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible (a bug to see, not a crash). */
export function interpolate(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined ? whole : String(v);
  });
}

/** A UI string in the current language. */
export function t(key: UiKey, values?: Values): string {
  return interpolate(catalogues[current][key], values);
}

/** A UI string in a given language (tests, and text that must not follow the setting). */
export function tIn(language: Lang, key: UiKey, values?: Values): string {
  return interpolate(catalogues[language][key], values);
}

/** The current language's half of a domain `Localized` text. */
export function localized(text: { readonly en: string; readonly zh: string }): string {
  return text[current];
}

/** An event's source in the current language (the domain's text is English). */
export function eventSource(e: { readonly id: string; readonly source: string }): string {
  return current === 'zh' ? (eventSourcesZh[e.id] ?? e.source) : e.source;
}
