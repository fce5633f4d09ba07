import { t } from '../i18n/i18n.js';
import type { MilestoneView, YearReportView } from '../view-models/year-report-view.js';
import type { ReportLineView } from '../view-models/report-lines.js';
import { h, uid } from './dom.js';

/** A list of milestones, each a title and a sentence. */
export function milestoneList(milestones: readonly MilestoneView[], pop: boolean): HTMLElement {
  return h(
    'ul',
    { class: pop ? 'milestones pop' : 'milestones' },
    ...milestones.map((m) =>
      h('li', {}, h('strong', { text: `★ ${m.title}` }), m.text ? ` ${m.text}` : ''),
    ),
  );
}

/** One report line: the sentence, and a "Why?" disclosure with the mechanism and its source. */
export function reportLine(line: ReportLineView): HTMLElement {
  return h(
    'li',
    { class: 'report-line' },
    h('p', { text: line.sentence }),
    line.why.explain
      ? h(
          'details',
          {},
          h('summary', { text: t('report.why', { mechanism: line.why.name }) }),
          h('p', { text: line.why.explain }),
          h('p', { class: 'source', text: t('report.source', { source: line.why.source }) }),
        )
      : null,
  );
}

function section(title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  const id = uid('section');
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: title }),
    ...children,
  );
}

/** The year report's sections: milestones, events and choices, and every line with its "Why?". */
export function reportSections(view: YearReportView, pop: boolean): HTMLElement[] {
  const sections: HTMLElement[] = [];
  if (view.milestones.length > 0)
    sections.push(section(t('report.milestones'), milestoneList(view.milestones, pop)));
  if (view.events.length > 0) {
    sections.push(
      section(
        t('report.events'),
        h('ul', { class: 'plain-list' }, ...view.events.map((e) => h('li', { text: e }))),
      ),
    );
  }
  sections.push(
    section(t('report.lines'), h('ol', { class: 'report-lines' }, ...view.lines.map(reportLine))),
  );
  return sections;
}
