import { lang } from '../i18n/i18n.js';
import { tl, type LearnKey } from '../i18n/learn.js';
import { h } from '../ui/dom.js';
import { barFigure } from './learn-charts.js';
import type { StepContext } from './step-views.js';
import { slider } from './step-controls.js';

/**
 * The iPod teardown (Linden, Kraemer & Dedrick 2009): who captured the
 * US$299 retail price of a 30 GB video iPod in 2005, in US dollars. "Other
 * parts" is the factory cost ($144.40) less the parts named here.
 */
export const IPOD_PRICE = 299;
export const IPOD_TEARDOWN: readonly (readonly [LearnKey, number])[] = [
  ['s2.row.apple', 80],
  ['s2.row.retail', 75],
  ['s2.row.hdd', 73.39],
  ['s2.row.display', 20.39],
  ['s2.row.parts', 46.76],
  ['s2.row.assembly', 3.86],
];

/** Firms with their own R&D institutions in 2017 (the paper, §4). */
export const RND_INSTITUTIONS: readonly (readonly [LearnKey, number])[] = [
  ['s7.jiangsu', 0.4297],
  ['s7.guangdong', 0.3706],
];

const source = (text: string): HTMLElement =>
  h('p', { class: 'source', text: tl('learn.source', { source: text }) });

/** Step 2: the iPod teardown as a chart and its data table. */
export function teardownStep({ f }: StepContext): HTMLElement {
  const usd = (x: number): string => `US$${f.num(x, 2)}`;
  return h(
    'div',
    {},
    h('p', { text: tl('s2.body') }),
    barFigure({
      title: tl('s2.chart'),
      headers: [tl('s2.who'), tl('s2.usd'), tl('s2.share')],
      rows: IPOD_TEARDOWN.map(([key, value]) => ({
        label: tl(key),
        value,
        cells: [usd(value), f.pct(value / IPOD_PRICE)],
        highlight: key === 's2.row.assembly',
      })),
    }),
    h('p', { text: tl('s2.iphone') }),
    source(tl('s2.source')),
  );
}

/** Step 6: the same spending on licensing and on own R&D, side by side. */
export function illusionStep({ model, f }: StepContext): HTMLElement {
  const body = h('tbody', {});
  const fill = (spend: number): void => {
    const v = model.illusion(spend);
    const row = (key: LearnKey, a: string, b: string): HTMLElement =>
      h(
        'tr',
        {},
        h('th', { text: tl(key), attrs: { scope: 'row' } }),
        h('td', { class: 'num', text: a }),
        h('td', { class: 'num', text: b }),
      );
    body.replaceChildren(
      row(
        's6.efficiency',
        f.spct(v.licensing.efficiencyGain, 1),
        f.spct(v.ownRnd.efficiencyGain, 1),
      ),
      row('s6.knowledge', f.signed(v.licensing.ownKnowledge), f.signed(v.ownRnd.ownKnowledge)),
      row('s6.dependence', f.pct(v.licensing.dependence, 0), f.pct(v.ownRnd.dependence, 0)),
    );
  };
  fill(10);
  return h(
    'div',
    {},
    h('p', { text: tl('s6.body') }),
    slider({
      label: tl('s6.spend'),
      min: 1,
      max: 30,
      value: 10,
      valueText: (v) => f.money(v),
      onInput: fill,
    }),
    h(
      'table',
      { attrs: { 'aria-live': 'polite' } },
      h('caption', { text: tl('s6.caption') }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { text: tl('s6.measure'), attrs: { scope: 'col' } }),
          h('th', { text: tl('s6.licensing'), attrs: { scope: 'col' } }),
          h('th', { text: tl('s6.rnd'), attrs: { scope: 'col' } }),
        ),
      ),
      body,
    ),
  );
}

/** Step 7: Guangdong's R&D against the paper's benchmarks, R&D institutions, the recommendations. */
export function guangdongStep({ model, f }: StepContext): HTMLElement {
  const language = lang();
  const benchmarks = model.scenario.benchmarks.filter(
    (b) => b.unit === 'share' && b.id.endsWith('-2017'),
  );
  return h(
    'div',
    {},
    h('p', { text: tl('s7.body') }),
    barFigure({
      title: tl('s7.chart'),
      headers: [tl('s7.who'), tl('s7.value')],
      rows: benchmarks.map((b) => ({
        label: b.label[language],
        value: b.value,
        cells: [f.pct(b.value, 2)],
        highlight: b.id.startsWith('guangdong'),
      })),
    }),
    barFigure({
      title: tl('s7.inst'),
      headers: [tl('s7.region'), tl('s7.instShare')],
      rows: RND_INSTITUTIONS.map(([key, value]) => ({
        label: tl(key),
        value,
        cells: [f.pct(value, 2)],
        highlight: key === 's7.guangdong',
      })),
    }),
    h('h3', { text: tl('s7.recs') }),
    h(
      'ol',
      { class: 'plain-list' },
      ...(['s7.rec1', 's7.rec2', 's7.rec3'] as const).map((k) => h('li', { text: tl(k) })),
    ),
    source(tl('s7.source')),
  );
}
