import type { Lang } from '../../src/app/settings.js';
import { glossaryEn, type GlossaryId } from '../../src/i18n/glossary-en.js';
import { glossaryZh } from '../../src/i18n/glossary-zh.js';
import { learnEn, type LearnKey } from '../../src/i18n/learn-en.js';
import { learnZh } from '../../src/i18n/learn-zh.js';
import { termsEn } from '../../src/i18n/terms-en.js';
import { termsZh } from '../../src/i18n/terms-zh.js';
import { uiEn, type UiKey } from '../../src/i18n/ui-en.js';
import { uiZh } from '../../src/i18n/ui-zh.js';

/** The game's own catalogues, so one spec runs in either language. */
export const LANGS: readonly Lang[] = ['en', 'zh'];

const ui = { en: uiEn, zh: uiZh } as const;
const learn = { en: learnEn, zh: learnZh } as const;
export const termsOf = { en: termsEn, zh: termsZh } as const;

const fill = (s: string, values: Record<string, string | number>): string =>
  s.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/** A UI string in a language. */
export function ui$(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(ui[lang][key], values);
}

/** A Learn string in a language. */
export function learn$(
  lang: Lang,
  key: LearnKey,
  values: Record<string, string | number> = {},
): string {
  return fill(learn[lang][key], values);
}

/** A UI string with placeholders as a whole-text pattern: 'End {year}' → /^End .+$/. */
export function uiPattern(lang: Lang, key: UiKey): RegExp {
  const escaped = ui[lang][key].replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\\?\{\w+\\?\}/g, '.+')}$`);
}

const glossaries = { en: glossaryEn, zh: glossaryZh } as const;

/** A glossary entry's definition in one language. */
export function glossaryDefinition$(lang: Lang, id: GlossaryId): string {
  return glossaries[lang][id].definition;
}

/** A glossary entry's heading as the dialog shows it: the current language's term first. */
export function glossaryHeading$(lang: Lang, id: GlossaryId): string {
  const order: readonly Lang[] = lang === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
  return order.map((l) => glossaries[l][id].term).join(' · ');
}
