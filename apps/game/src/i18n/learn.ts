import type { Lang } from '../app/settings.js';
import { glossaryEn, type GlossaryEntry, type GlossaryId } from './glossary-en.js';
import { glossaryZh } from './glossary-zh.js';
import { interpolate, lang, type Values } from './i18n.js';
import { learnEn, type LearnKey } from './learn-en.js';
import { learnZh } from './learn-zh.js';

export type { GlossaryEntry, GlossaryId, LearnKey };

const learn: Record<Lang, Record<LearnKey, string>> = { en: learnEn, zh: learnZh };
const glossaries: Record<Lang, Record<GlossaryId, GlossaryEntry>> = {
  en: glossaryEn,
  zh: glossaryZh,
};

/** The glossary's entries, in catalogue order. */
export const GLOSSARY_IDS = Object.keys(glossaryEn) as GlossaryId[];

/** A Learn-mode string in the current language. */
export function tl(key: LearnKey, values?: Values): string {
  return interpolate(learn[lang()][key], values);
}

/** A glossary entry in one language. */
export function glossaryEntry(language: Lang, id: GlossaryId): GlossaryEntry {
  return glossaries[language][id];
}
