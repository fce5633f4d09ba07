import type { ReportLine } from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { formatter } from '../i18n/format.js';
import { mechanismText, type MechanismText } from '../i18n/mechanisms.js';
import { isReportKey, type ReportKey, type ReportMessage } from '../i18n/report-keys.js';
import { reportEn } from '../i18n/report-en.js';
import { reportZh } from '../i18n/report-zh.js';
import { termsIn } from '../i18n/terms.js';

const messages: Record<Lang, Record<ReportKey, ReportMessage>> = { en: reportEn, zh: reportZh };

/** One year-report line as the player reads it. */
export interface ReportLineView {
  readonly key: string;
  readonly mechanism: string;
  readonly sentence: string;
  readonly why: MechanismText;
}

/**
 * Turns a domain report line into a sentence. A key this version of the game
 * does not know yet (the domain grew) still reads as its values, never a crash.
 */
export function reportLineView(line: ReportLine, language: Lang): ReportLineView {
  const f = formatter(language);
  const why = mechanismText(language, line.mechanism);
  const value = (name: string): number => line.values[name] ?? 0;
  const sentence = isReportKey(line.key)
    ? messages[language][line.key](value, f, termsIn(language))
    : `${why.name}: ${Object.entries(line.values)
        .map(([k, v]) => `${k} ${f.num(v, 2)}`)
        .join(', ')}`;
  return { key: line.key, mechanism: line.mechanism, sentence, why };
}
