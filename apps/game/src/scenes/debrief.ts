import type { Indicators, TrailPoint } from '@smile-curve/domain';
import { app } from '../app/app-state.js';
import { classBoardPanel } from '../classroom/class-board-panel.js';
import { membershipOfRun } from '../classroom/membership.js';
import { domain } from '../domain-runtime.js';
import { formatter } from '../i18n/format.js';
import { lang, t } from '../i18n/i18n.js';
import { terms } from '../i18n/terms.js';
import { chartFigure } from '../ui/chart.js';
import { counterfactualPanel } from '../ui/counterfactual-panel.js';
import { submitPanel } from '../ui/submit-panel.js';
import { h, screenHeading, uid } from '../ui/dom.js';
import { milestoneList } from '../ui/report-panel.js';
import { runCounterfactual } from '../view-models/counterfactual.js';
import { decisiveMoments } from '../view-models/decisive-moments.js';
import {
  chartedIndicators,
  momentText,
  scoreRows,
  seriesValues,
} from '../view-models/debrief-view.js';
import { INDICATOR_GLOSSARY } from '../view-models/indicators-view.js';
import { milestoneView } from '../view-models/year-report-view.js';
import { worldModelOf } from '../view-models/world-model.js';
import { WorldView } from '../world/world-view.js';
import Phaser from 'phaser';
import { ScreenScene } from './screen-scene.js';

function section(title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  const id = uid('debrief');
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: title }),
    ...children,
  );
}

/** The end of a game: the path on the curve, the score, decisive moments, charts and a counterfactual. */
export class Debrief extends ScreenScene {
  constructor() {
    super('Debrief');
  }

  protected build(): void {
    const a = app();
    const session = a.session;
    if (!session?.over) {
      this.go(session ? 'Play' : 'Title');
      return;
    }
    const d = domain();
    const language = lang();
    const f = formatter(language);
    const words = terms();
    const state = session.state;
    const score = d.score(state);
    const series = session.series;
    const years = series.map((s) => s.year);
    const first = state.trail[0];
    const last = state.trail[state.trail.length - 1];

    const heading = screenHeading(
      1,
      state.status === 'bankrupt'
        ? t('debrief.bankrupt', { year: state.year - 1 })
        : t('debrief.finished', { years: session.decisions.length }),
    );
    const button = (text: string, onClick: () => void, primary = false): HTMLElement =>
      h('button', {
        class: primary ? 'button button--primary' : 'button',
        text,
        attrs: { type: 'button' },
        on: { click: onClick },
      });

    const scoreTable = h(
      'table',
      {},
      h('caption', { class: 'sr-only', text: t('debrief.score', { total: score.total }) }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { text: t('debrief.scorePart'), attrs: { scope: 'col' } }),
          h('th', { class: 'num', text: t('debrief.scorePoints'), attrs: { scope: 'col' } }),
        ),
      ),
      h(
        'tbody',
        {},
        ...scoreRows(score, language).map((r) =>
          h(
            'tr',
            {},
            h('th', { text: r.label, attrs: { scope: 'row' } }),
            h('td', { class: 'num', text: String(r.points) }),
          ),
        ),
      ),
    );
    const moments = decisiveMoments(series, session.decisions);
    const charts = h('div', { class: 'chart-grid' });
    const drawCharts = (ghost: readonly Indicators[] | null): void => {
      charts.replaceChildren(
        ...chartedIndicators(language).map((spec) =>
          chartFigure({
            title: spec.title,
            glossary: INDICATOR_GLOSSARY[spec.indicator],
            years,
            values: seriesValues(series, spec.id),
            yours: t('cf.yours'),
            format: spec.format,
            ...(ghost
              ? {
                  ghost: {
                    label: t('cf.theirs'),
                    years: [years[0] ?? 0, ...ghost.map((g) => g.year)],
                    values: [
                      seriesValues(series, spec.id)[0] ?? 0,
                      ...seriesValues(ghost, spec.id),
                    ],
                  },
                }
              : {}),
          }),
        ),
      );
    };
    drawCharts(null);

    const world = new WorldView(this);
    let ghost: readonly TrailPoint[] | undefined;
    let rect: Parameters<WorldView['render']>[0] | null = null;
    const drawWorld = (): void => {
      if (rect) world.render(rect, worldModelOf(state, language, ghost ? { ghost } : {}));
    };
    const cf = counterfactualPanel({
      years: session.decisions.map((_, i) => series[i + 1]?.year ?? 0),
      decisions: session.decisions,
      levers: d.LEVER_IDS,
      bots: d.ARCHETYPES,
      yours: { state, score },
      run: (turn, lever, amount, rest) =>
        runCounterfactual({
          scenarioId: session.setup.scenarioId,
          seed: session.setup.seed,
          decisions: session.decisions,
          before: session.stateBefore(turn),
          turn,
          lever,
          amount,
          rest,
        }),
      onResult: (result) => {
        ghost = result.state.trail;
        drawWorld();
        drawCharts(result.history);
      },
    });

    const setup = session.setup;
    const member = membershipOfRun(a.store, setup.runId);
    const replayScore = (run: { scenarioId: string; seed: number; decisions: unknown[] }) => {
      const replayed = d.replay(run);
      return replayed.ok ? replayed.score.total : null;
    };
    const submit = member
      ? classBoardPanel({ member, decisions: session.decisions, store: a.store })
      : submitPanel({
          run: {
            runId: setup.runId,
            scenarioId: setup.scenarioId,
            seed: setup.seed,
            decisions: session.decisions,
            ...(setup.daily
              ? { board: 'daily' as const, date: setup.daily }
              : { board: 'global' as const }),
          },
          store: a.store,
          replayScore,
          onOpenBoard: () => {
            this.go('Leaderboard');
          },
        });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, submit.dispose);

    const slot = h('div', { class: 'world-slot', attrs: { 'aria-hidden': 'true' } });
    const screen = this.gameScreen({
      wide: true,
      heading,
      lines: [
        h('p', {
          class: 'muted',
          text: t('debrief.summary', {
            mode: words.modes[state.firm.mode].name,
            share: f.pct(state.last?.valueAddedShare ?? 0),
          }),
        }),
      ],
      actions: h(
        'div',
        { class: 'lang-switch' },
        button(
          t('debrief.newGame'),
          () => {
            a.choice = { kind: 'solo' };
            this.go('ScenarioChoice');
          },
          true,
        ),
        button(t('common.mainMenu'), () => {
          this.go('Title');
        }),
      ),
      slot,
      panels: [
        h(
          'div',
          { class: 'game-column game-column--main' },
          section(t('debrief.score', { total: score.total }), scoreTable),
          submit.element,
          first && last
            ? section(
                t('debrief.trajectory'),
                h('p', {
                  text: t('debrief.trajectoryText', {
                    fromMode: words.modes[first.mode].name,
                    fromPos: f.num(first.position, 2),
                    fromShare: f.pct(first.valueAddedShare),
                    toMode: words.modes[last.mode].name,
                    toPos: f.num(last.position, 2),
                    toShare: f.pct(last.valueAddedShare),
                  }),
                }),
              )
            : null,
          section(
            t('debrief.moments'),
            moments.length > 0
              ? h(
                  'ol',
                  { class: 'plain-list' },
                  ...moments.map((m) => h('li', { text: momentText(m, language) })),
                )
              : h('p', { text: t('debrief.noMoments') }),
          ),
          section(
            t('debrief.milestones'),
            state.milestones.length > 0
              ? milestoneList(
                  state.milestones.map((id) => milestoneView(id, language)),
                  false,
                )
              : h('p', { text: t('debrief.noMilestones') }),
          ),
          section(t('debrief.charts'), charts),
          cf,
        ),
      ],
    });
    this.mount(screen, heading);
    this.watchSlot(slot, (r) => {
      rect = r;
      drawWorld();
    });
    this.ready();
  }
}
