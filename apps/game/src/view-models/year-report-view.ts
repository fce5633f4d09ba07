import type { EventDefinition, Mode, YearReport } from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { formatter } from '../i18n/format.js';
import { tIn } from '../i18n/i18n.js';
import { isMilestoneId, termsIn } from '../i18n/terms.js';
import { reportLineView, type ReportLineView } from './report-lines.js';

export interface MilestoneView {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export interface YearReportView {
  readonly summary: string;
  readonly lines: readonly ReportLineView[];
  readonly milestones: readonly MilestoneView[];
  readonly events: readonly string[];
}

/** A milestone id in words (an id the game does not know yet shows as itself). */
export function milestoneView(id: string, language: Lang): MilestoneView {
  if (!isMilestoneId(id)) return { id, title: id, text: '' };
  return { id, ...termsIn(language).milestones[id] };
}

/**
 * The year report in words: a summary, every line as a sentence, milestones
 * and event outcomes. `mode` is the firm's mode at the end of the year.
 */
export function yearReportView(
  report: YearReport,
  mode: Mode,
  getEvent: (id: string) => EventDefinition | undefined,
  language: Lang,
): YearReportView {
  const f = formatter(language);
  return {
    summary: tIn(language, 'report.summary', {
      year: report.year,
      mode: termsIn(language).modes[mode].name,
      share: f.pct(report.outcome.valueAddedShare),
      cash: f.money(report.cash),
    }),
    lines: report.lines.map((line) => reportLineView(line, language)),
    milestones: report.milestones.map((id) => milestoneView(id, language)),
    events: report.events.map(({ eventId, optionId }) => {
      const def = getEvent(eventId);
      const event = def ? def.title[language] : eventId;
      const option = def?.options.find((o) => o.id === optionId);
      return option
        ? tIn(language, 'report.eventChoice', { event, option: option.label[language] })
        : tIn(language, 'report.eventNoChoice', { event });
    }),
  };
}
