import {
  MILESTONE_IDS,
  STAGE_IDS,
  type StageId,
  type DomainErrorCode,
  type LeverId,
  type MilestoneId,
  type Mode,
  type PartnerId,
} from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { lang } from './i18n.js';
import { termsEn } from './terms-en.js';
import { termsZh } from './terms-zh.js';

export { MILESTONE_IDS, type MilestoneId } from '@smile-curve/domain';

/** The smile-curve stages, as the domain names them. */
export const STAGE_NAMES = STAGE_IDS;
export type StageName = StageId;

/** Names of the model's vocabularies in one language. */
export interface Terms {
  readonly levers: Record<LeverId, { readonly label: string; readonly hint: string }>;
  readonly partners: Record<PartnerId, string>;
  readonly modes: Record<Mode, { readonly name: string; readonly text: string }>;
  /** Digital phases 0–3. */
  readonly digitalPhases: readonly [string, string, string, string];
  readonly stages: Record<StageName, string>;
  readonly milestones: Record<MilestoneId, { readonly title: string; readonly text: string }>;
  /** The domain's error codes in words: a refused decision in Chinese, and every replay the server refuses. */
  readonly errors: Record<DomainErrorCode, string>;
}

const catalogues: Record<Lang, Terms> = { en: termsEn, zh: termsZh };

/** The vocabularies in the current language. */
export function terms(): Terms {
  return catalogues[lang()];
}

export function termsIn(language: Lang): Terms {
  return catalogues[language];
}

export function isMilestoneId(id: string): id is MilestoneId {
  return (MILESTONE_IDS as readonly string[]).includes(id);
}
