import { app, persistSession } from '../app/app-state.js';
import { playCue } from '../app/sound.js';
import { membershipOfRun } from '../classroom/membership.js';
import { sendProgress } from '../net/classroom.js';
import { domain } from '../domain-runtime.js';
import { lang, localized, t } from '../i18n/i18n.js';
import { budgetForm } from '../ui/budget-form.js';
import { h, screenHeading } from '../ui/dom.js';
import { indicatorsPanel } from '../ui/indicators-panel.js';
import { takeNotice } from '../ui/notice.js';
import { toDecision } from '../view-models/decision-form.js';
import { benchmarkRows, indicatorRows } from '../view-models/indicators-view.js';
import { worldModelOf } from '../view-models/world-model.js';
import { worldSummary } from '../view-models/world-summary.js';
import { WorldView } from '../world/world-view.js';
import { ScreenScene } from './screen-scene.js';

/**
 * One year: the firm's indicators, the budget form and the year's event
 * cards. "End year" hands the decision to the domain; a refused decision
 * shows the domain's message by the field it names and changes nothing.
 */
export class Play extends ScreenScene {
  constructor() {
    super('Play');
  }

  protected build(): void {
    const a = app();
    const session = a.session;
    if (!session || session.over) {
      this.go(session ? 'Debrief' : 'Title');
      return;
    }
    const d = domain();
    const state = session.state;
    const scenario = session.scenario;
    const language = lang();
    const series = session.series;
    const now = series[series.length - 1] ?? d.indicators(state);
    const before = series[series.length - 2] ?? null;
    const ties = d.PARTNER_IDS.map((p, i) => [p, state.firm.ties[i] ?? 0] as const);
    const budget = d.budgetOf(state);

    // A class game tells the teacher's dashboard which year this student is on.
    const member = membershipOfRun(a.store, session.setup.runId);
    if (member) sendProgress(member.code, member.playerToken, state.year);

    const heading = screenHeading(
      1,
      t('play.heading', { year: state.year, n: state.turn + 1, total: scenario.years }),
    );
    const form = budgetForm({
      year: state.year,
      cash: budget.cash,
      credit: scenario.market.loan.allowed ? budget.credit : 0,
      debt: Math.floor(state.firm.debt),
      loanRate: scenario.market.loan.rate,
      levers: d.LEVER_IDS,
      partnerIds: d.PARTNER_IDS,
      partners: state.firm.partners,
      events: state.pending.map((id) => d.getEvent(id)).filter((e) => e !== undefined),
      onSubmit: (values) => {
        const result = session.decide(toDecision(values));
        if (!result.ok) {
          playCue(a.settings.sound, 'error');
          form.showError(result.error);
          return;
        }
        persistSession(a);
        a.lastReport = result.report;
        playCue(a.settings.sound, result.report.milestones.length > 0 ? 'milestone' : 'year');
        this.go('YearReport');
      },
    });

    // The first Tab stop after the heading: past the indicators' glossary buttons to the first decision.
    const skip = h('button', {
      class: 'button skip-link',
      text: t('play.skipToDecisions'),
      attrs: { type: 'button' },
      on: {
        click: () => {
          form.element.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
        },
      },
    });
    const slot = h('div', { class: 'world-slot', attrs: { 'aria-hidden': 'true' } });
    const screen = this.gameScreen({
      heading,
      lines: [
        skip,
        h('p', {
          class: 'muted',
          text: [
            localized(scenario.firm.name),
            localized(scenario.title),
            session.setup.daily ? t('play.daily', { date: session.setup.daily }) : null,
          ]
            .filter((x) => x !== null)
            .join(' · '),
        }),
        member
          ? h('p', {
              class: 'muted',
              text: t('join.playLine', {
                title: member.title,
                code: member.code,
                nickname: member.nickname,
              }),
            })
          : null,
      ],
      actions: h('button', {
        class: 'button button--quiet',
        text: t('play.menu'),
        attrs: { type: 'button' },
        on: {
          click: () => {
            this.go('Title');
          },
        },
      }),
      slot,
      panels: [
        h(
          'div',
          { class: 'game-column game-column--side' },
          takeNotice(a),
          indicatorsPanel(
            now.year,
            indicatorRows(
              { now, before, positions: scenario.smileCurve.positions, ties },
              language,
            ),
            benchmarkRows(now.rdIntensity, scenario.benchmarks, language),
          ),
        ),
        h('div', { class: 'game-column game-column--main' }, form.element),
      ],
    });
    this.mount(screen, heading);
    this.describeWorld(worldSummary(now, before, scenario.smileCurve.positions, language));
    const world = new WorldView(this);
    const model = worldModelOf(state, language);
    this.watchSlot(slot, (rect) => {
      world.render(rect, model);
    });
    this.ready();
  }
}
