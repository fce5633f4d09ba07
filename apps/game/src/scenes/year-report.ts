import { app, motionAllowed } from '../app/app-state.js';
import { domain } from '../domain-runtime.js';
import { lang, t } from '../i18n/i18n.js';
import { h, screenHeading } from '../ui/dom.js';
import { indicatorSummary } from '../ui/indicators-panel.js';
import { reportSections } from '../ui/report-panel.js';
import { YEAR_REPORT_INDICATORS, indicatorRows } from '../view-models/indicators-view.js';
import { worldModelOf } from '../view-models/world-model.js';
import { worldSummary } from '../view-models/world-summary.js';
import { yearReportView } from '../view-models/year-report-view.js';
import { WorldView } from '../world/world-view.js';
import { ScreenScene } from './screen-scene.js';

/** What the year changed and why: every report line in words, with its mechanism one click away. */
export class YearReport extends ScreenScene {
  constructor() {
    super('YearReport');
  }

  protected build(): void {
    const a = app();
    const session = a.session;
    const report = a.lastReport ?? session?.reports[session.reports.length - 1] ?? null;
    if (!session || !report) {
      this.go(session ? 'Play' : 'Title');
      return;
    }
    const language = lang();
    const state = session.state;
    const mode = state.trail.find((p) => p.year === report.year)?.mode ?? state.firm.mode;
    const view = yearReportView(report, mode, domain().getEvent, language);
    const motion = motionAllowed(a);

    const heading = screenHeading(1, t('report.heading', { year: report.year }));
    const next = h('button', {
      class: 'button button--primary',
      text: session.over ? t('report.toDebrief') : t('report.continue', { year: state.year }),
      attrs: { type: 'button' },
      on: {
        click: () => {
          a.lastReport = null;
          this.go(session.over ? 'Debrief' : 'Play');
        },
      },
    });
    const ending =
      state.status === 'bankrupt'
        ? t('report.bankrupt')
        : state.status === 'finished'
          ? t('report.finished')
          : null;
    const series = session.series;
    const now = series[series.length - 1];
    const before = series[series.length - 2] ?? null;
    const positions = session.scenario.smileCurve.positions;
    const ties = domain().PARTNER_IDS.map((p, i) => [p, state.firm.ties[i] ?? 0] as const);
    const figures = now
      ? indicatorSummary(
          now.year,
          indicatorRows({ now, before, positions, ties }, language).filter((r) =>
            YEAR_REPORT_INDICATORS.includes(r.id),
          ),
        )
      : null;
    const slot = h('div', { class: 'world-slot', attrs: { 'aria-hidden': 'true' } });
    const screen = this.gameScreen({
      wide: true,
      heading,
      lines: [
        h('p', { class: 'muted', text: view.summary }),
        ending ? h('p', { class: 'warning', text: `⚠ ${ending}` }) : null,
      ],
      actions: next,
      slot,
      panels: [
        h(
          'div',
          { class: 'game-column game-column--main' },
          figures,
          ...reportSections(view, motion),
        ),
      ],
    });
    this.mount(screen, heading);
    if (now) this.describeWorld(worldSummary(now, before, positions, language));
    const world = new WorldView(this);
    const model = worldModelOf(state, language);
    let first = true;
    this.watchSlot(slot, (rect) => {
      // The marker travels the year's step once; later redraws (resizes) just place it.
      world.render(rect, model, first && motion, () => {
        this.ready();
      });
      first = false;
    });
  }
}
