import { t } from '../i18n/i18n.js';
import {
  INDICATOR_GLOSSARY,
  type BenchmarkRow,
  type IndicatorRow,
} from '../view-models/indicators-view.js';
import { glossaryLabel } from './glossary-dialog.js';
import { h, uid } from './dom.js';

/** Indicator rows as a description list; each label is a button that opens its glossary entry. */
export function indicatorList(rows: readonly IndicatorRow[]): HTMLElement {
  return h(
    'dl',
    { class: 'indicators' },
    ...rows.map((r) =>
      h(
        'div',
        { class: r.alert ? 'indicator indicator--alert' : 'indicator' },
        h('dt', {}, glossaryLabel(r.label, INDICATOR_GLOSSARY[r.id])),
        h(
          'dd',
          {},
          h('span', { class: 'value', text: `${r.alert ? '⚠ ' : ''}${r.value}` }),
          r.note ? h('span', { class: 'note', text: r.note }) : null,
        ),
      ),
    ),
  );
}

/** A year's key indicators under a heading (the year report): the same labels, the same glossary. */
export function indicatorSummary(year: number, rows: readonly IndicatorRow[]): HTMLElement {
  const id = uid('indicators');
  return h(
    'section',
    { class: 'panel indicators-panel', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: t('ind.heading', { year }) }),
    indicatorList(rows),
  );
}

/** The firm's indicators as a description list (each label opens its glossary entry), and R&D against the benchmarks as a table. */
export function indicatorsPanel(
  year: number,
  rows: readonly IndicatorRow[],
  bench: readonly BenchmarkRow[],
): HTMLElement {
  const id = uid('indicators');
  const list = indicatorList(rows);
  const table = h(
    'table',
    { class: 'bench' },
    h('caption', { text: t('ind.benchCaption') }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { text: t('ind.benchWho'), attrs: { scope: 'col' } }),
        h('th', { text: t('ind.benchValue'), attrs: { scope: 'col' } }),
        h('th', { text: t('ind.benchCompare'), attrs: { scope: 'col' } }),
      ),
    ),
    h(
      'tbody',
      {},
      ...bench.map((b) =>
        h(
          'tr',
          { class: b.you ? 'bench-you' : '' },
          h('th', { text: b.label, attrs: { scope: 'row' } }),
          h(
            'td',
            {},
            h('span', {
              class: 'bar',
              attrs: {
                style: `--fraction: ${Math.max(0.01, b.fraction).toFixed(3)}`,
                'aria-hidden': 'true',
              },
            }),
            h('span', { text: b.value }),
          ),
          h('td', { text: b.compare ?? '—' }),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'panel indicators-panel', attrs: { 'aria-labelledby': id } },
    h('h2', { id, text: t('ind.heading', { year }) }),
    list,
    table,
  );
}
