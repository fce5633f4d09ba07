import { setLang } from '../i18n/i18n.js';
import type { AppState } from './app-state.js';
import { useCjkFontFor } from './cjk-font.js';
import { applySettings, saveSettings, type Settings } from './settings.js';

/** Applies new settings everywhere: the catalogue, <html> and storage. */
export function changeSettings(a: AppState, next: Settings): void {
  a.settings = next;
  setLang(next.lang);
  applySettings(document.documentElement, next, a.testMode);
  useCjkFontFor(next.lang);
  saveSettings(a.store, next);
}
