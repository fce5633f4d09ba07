import { formatter } from '../i18n/format.js';
import { lang, t } from '../i18n/i18n.js';
import type { GlossaryId } from '../i18n/learn.js';
import { terms } from '../i18n/terms.js';
import { h, svg, uid } from '../ui/dom.js';
import { glossaryLabel } from '../ui/glossary-dialog.js';
import type { ClassDebrief } from '../view-models/class-debrief.js';
import { CHART_WIDTH as W, curvePlot } from './class-curve-plot.js';

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('cd');
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: title }),
    ...children,
  );
}

/** A label, as a button that opens its glossary entry when it names an indicator. */
function label(text: string, glossary?: GlossaryId): Node | string {
  return glossary ? glossaryLabel(text, glossary) : text;
}

type Head = readonly [text: string, numeric: boolean, glossary?: GlossaryId];

function table(caption: string, head: readonly Head[], rows: Node[]): HTMLElement {
  return h(
    'table',
    {},
    h('caption', { text: caption }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...head.map(([text, num, glossary]) =>
          h('th', { class: num ? 'num' : '', attrs: { scope: 'col' } }, label(text, glossary)),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

export interface ClassDebriefPanelInput {
  readonly title: string;
  readonly debrief: ClassDebrief;
}

/** The class debrief: the curve with its table, the score spread, outcomes, separators, prompts. */
export function classDebriefPanel(input: ClassDebriefPanelInput): HTMLElement {
  const { debrief } = input;
  const f = formatter(lang());
  const words = terms();
  let on: string | null = null;
  const plotHolder = h('div', { class: 'class-curve-holder' });
  const buttons = new Map<string, HTMLButtonElement>();
  const draw = (): void => {
    plotHolder.replaceChildren(curvePlot(debrief.trajectories, on));
    for (const [id, button] of buttons) button.setAttribute('aria-pressed', String(id === on));
  };
  const ranked = [...debrief.trajectories].sort((a, b) => b.score - a.score);
  const curveTable = table(
    t('cd.curve.heading'),
    [
      [t('cd.col.student'), false],
      [t('cd.col.score'), true],
      [t('cd.col.finalMode'), false, 'businessModel'],
      [t('cd.col.position'), true, 'smilePosition'],
      [t('cd.col.share'), true, 'valueAddedShare'],
    ],
    ranked.map((tr) => {
      const last = tr.points[tr.points.length - 1];
      const button = h('button', {
        class: 'button button--quiet',
        text: tr.nickname,
        attrs: {
          type: 'button',
          'aria-pressed': 'false',
          'aria-label': t('cd.highlight', { nickname: tr.nickname }),
        },
        on: {
          click: () => {
            on = on === tr.playerId ? null : tr.playerId;
            draw();
          },
        },
      });
      buttons.set(tr.playerId, button);
      return h(
        'tr',
        {},
        h('th', { attrs: { scope: 'row' } }, button),
        h('td', { class: 'num', text: String(tr.score) }),
        h('td', {
          text: `${tr.finalMode ? words.modes[tr.finalMode].name : t('cd.none')}${tr.bankrupt ? ` ${t('cd.bankruptMark')}` : ''}`,
        }),
        h('td', { class: 'num', text: last ? f.num(last.position, 2) : '—' }),
        h('td', { class: 'num', text: last ? f.pct(last.share) : '—' }),
      );
    }),
  );
  draw();

  const { spread, counts } = debrief;
  const maxBin = Math.max(1, ...spread.bins.map((b) => b.count));
  const barW = (W - 20) / Math.max(1, spread.bins.length);
  const range = (b: { from: number; to: number }): string =>
    `${Math.round(b.from)}–${Math.round(b.to)}`;
  const spreadSummary = t('cd.spread.summary', {
    n: spread.count,
    min: spread.min,
    max: spread.max,
    median: f.num(spread.median, 1),
  });
  const histogram = svg(
    'svg',
    { class: 'chart', viewBox: `0 0 ${W} 160`, role: 'img', 'aria-label': spreadSummary },
    ...spread.bins.map((b, i) => {
      const height = (110 * b.count) / maxBin;
      return svg(
        'g',
        { class: 'bar' },
        svg('rect', { x: 10 + i * barW + 4, y: 120 - height, width: barW - 8, height }),
        svg(
          'text',
          { x: 10 + i * barW + barW / 2, y: 114 - height, 'text-anchor': 'middle' },
          String(b.count),
        ),
        svg('text', { x: 10 + i * barW + barW / 2, y: 145, 'text-anchor': 'middle' }, range(b)),
      );
    }),
  );
  const outcomes: [string, number, GlossaryId?][] = [
    [t('cd.counts.lockedIn'), counts.lockedIn, 'lowEndLockIn'],
    [t('cd.counts.odm'), counts.reachedOdm, 'odm'],
    [t('cd.counts.obm'), counts.reachedObm, 'obm'],
    [t('cd.counts.bankrupt'), counts.bankrupt],
  ];
  const lever = (id: string): string =>
    (words.levers as Record<string, { label: string } | undefined>)[id]?.label ?? id;
  const prompts = [
    t('cd.prompt.lockIn', { n: counts.lockedIn }),
    t('cd.prompt.gic'),
    t('cd.prompt.absorb'),
    t('cd.prompt.illusion'),
    t('cd.prompt.policy'),
  ];
  return h(
    'div',
    { class: 'class-debrief' },
    section(
      t('cd.curve.heading'),
      h('p', { text: t('cd.curve.intro') }),
      h('div', { class: 'chart-beside' }, plotHolder, curveTable),
    ),
    section(
      t('cd.spread.heading'),
      h('p', { text: spreadSummary }),
      h(
        'div',
        { class: 'chart-beside' },
        histogram,
        table(
          t('cd.spread.heading'),
          [
            [t('cd.col.range'), false],
            [t('cd.col.students'), true],
          ],
          spread.bins.map((b) =>
            h(
              'tr',
              {},
              h('th', { attrs: { scope: 'row' }, text: range(b) }),
              h('td', { class: 'num', text: String(b.count) }),
            ),
          ),
        ),
      ),
    ),
    section(
      t('cd.counts.heading'),
      table(
        t('cd.counts.heading'),
        [
          [t('cd.col.outcome'), false],
          [t('cd.col.students'), true],
        ],
        outcomes.map(([text, n, glossary]) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, label(text, glossary)),
            h('td', { class: 'num', text: String(n) }),
          ),
        ),
      ),
    ),
    section(
      t('cd.sep.heading'),
      debrief.separators.length === 0
        ? h('p', { text: t('cd.sep.none') })
        : h(
            'div',
            {},
            h('p', { text: t('cd.sep.intro', { n: debrief.thirdSize }) }),
            h(
              'ol',
              { class: 'plain-list' },
              ...debrief.separators.map((s) =>
                h('li', {
                  text: t('cd.sep.line', {
                    lever: lever(s.lever),
                    top: f.pct(s.top),
                    bottom: f.pct(s.bottom),
                  }),
                }),
              ),
            ),
            table(
              t('cd.sep.heading'),
              [
                [t('cd.col.lever'), false],
                [t('cd.col.top'), true],
                [t('cd.col.bottom'), true],
                [t('cd.col.gap'), true],
              ],
              debrief.separators.map((s) =>
                h(
                  'tr',
                  {},
                  h('th', { attrs: { scope: 'row' }, text: lever(s.lever) }),
                  h('td', { class: 'num', text: f.pct(s.top) }),
                  h('td', { class: 'num', text: f.pct(s.bottom) }),
                  h('td', { class: 'num', text: f.pts(s.gap) }),
                ),
              ),
            ),
          ),
    ),
    section(
      t('cd.prompts.heading'),
      h('ul', { class: 'prompt-list' }, ...prompts.map((p) => h('li', { text: p }))),
    ),
  );
}
