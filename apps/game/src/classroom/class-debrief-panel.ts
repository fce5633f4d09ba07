import { formatter } from '../i18n/format.js';
import { lang, t } from '../i18n/i18n.js';
import { terms } from '../i18n/terms.js';
import { h, svg, uid } from '../ui/dom.js';
import type { ClassDebrief, Trajectory } from '../view-models/class-debrief.js';

const W = 480;
const H = 300;
const PLOT = { left: 56, top: 12, right: W - 12, bottom: H - 40 } as const;

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  const id = uid('cd');
  return h(
    'section',
    { class: 'panel', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: title }),
    ...children,
  );
}

function table(caption: string, head: readonly [string, boolean][], rows: Node[]): HTMLElement {
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
        ...head.map(([text, num]) =>
          h('th', { class: num ? 'num' : '', text, attrs: { scope: 'col' } }),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}

/** Every trajectory on the smile-curve plane, one highlighted (thicker, solid, on top). */
function curvePlot(trajectories: readonly Trajectory[], on: string | null): SVGSVGElement {
  const maxShare = Math.max(0.1, ...trajectories.flatMap((tr) => tr.points.map((p) => p.share)));
  const x = (pos: number): number => PLOT.left + (PLOT.right - PLOT.left) * pos;
  const y = (share: number): number =>
    PLOT.bottom - ((PLOT.bottom - PLOT.top) * share) / (maxShare * 1.05);
  const f = formatter(lang());
  const ordered = [...trajectories].sort(
    (a, b) => Number(a.playerId === on) - Number(b.playerId === on),
  );
  const highlighted = trajectories.find((tr) => tr.playerId === on);
  return svg(
    'svg',
    {
      class: 'chart class-curve',
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-label': t('cd.curve.summary', {
        n: trajectories.length,
        nickname: highlighted?.nickname ?? t('cd.none'),
      }),
    },
    svg('line', { class: 'axis', x1: PLOT.left, x2: PLOT.right, y1: PLOT.bottom, y2: PLOT.bottom }),
    svg('line', { class: 'axis', x1: PLOT.left, x2: PLOT.left, y1: PLOT.top, y2: PLOT.bottom }),
    svg(
      'text',
      { x: (PLOT.left + PLOT.right) / 2, y: H - 8, 'text-anchor': 'middle' },
      t('cd.axis.position'),
    ),
    svg('text', { x: PLOT.left - 6, y: PLOT.top + 10, 'text-anchor': 'end' }, f.pct(maxShare, 0)),
    svg('text', { x: PLOT.left - 6, y: PLOT.bottom, 'text-anchor': 'end' }, f.pct(0, 0)),
    svg(
      'text',
      {
        x: 14,
        y: (PLOT.top + PLOT.bottom) / 2,
        transform: `rotate(-90 14 ${(PLOT.top + PLOT.bottom) / 2})`,
        'text-anchor': 'middle',
      },
      t('cd.axis.share'),
    ),
    ...ordered.map((tr) => {
      const d = tr.points
        .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.position).toFixed(1)} ${y(p.share).toFixed(1)}`)
        .join(' ');
      const last = tr.points[tr.points.length - 1];
      const isOn = tr.playerId === on;
      return svg(
        'g',
        { class: isOn ? 'traj traj--on' : 'traj' },
        svg('path', { d }),
        last
          ? svg('circle', {
              cx: x(last.position).toFixed(1),
              cy: y(last.share).toFixed(1),
              r: isOn ? 6 : 3,
            })
          : null,
      );
    }),
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
      [t('cd.col.finalMode'), false],
      [t('cd.col.position'), true],
      [t('cd.col.share'), true],
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
  const outcomes: [string, number][] = [
    [t('cd.counts.lockedIn'), counts.lockedIn],
    [t('cd.counts.odm'), counts.reachedOdm],
    [t('cd.counts.obm'), counts.reachedObm],
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
        outcomes.map(([label, n]) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' }, text: label }),
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
