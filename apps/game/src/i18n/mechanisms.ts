import type { MechanismId } from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { mechanismsEn } from './mechanisms-en.js';
import { mechanismsZh } from './mechanisms-zh.js';

/** What a mechanism is, how the model works it, and where it comes from. */
export interface MechanismText {
  readonly name: string;
  readonly explain: string;
  readonly source: string;
}

export type MechanismCatalogue = Record<MechanismId, MechanismText>;

const catalogues: Record<Lang, MechanismCatalogue> = { en: mechanismsEn, zh: mechanismsZh };

/** A mechanism's explanation; an id the game does not know yet gets a neutral text. */
export function mechanismText(language: Lang, id: string): MechanismText {
  const catalogue = catalogues[language];
  if (Object.hasOwn(catalogue, id)) return catalogue[id as MechanismId];
  return { name: id, explain: '', source: '' };
}
