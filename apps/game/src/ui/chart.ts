import { t } from '../i18n/i18n.js';
import type { GlossaryId } from '../i18n/learn.js';
import { lineChart } from '../view-models/line-chart.js';
import { h, svg, uid } from './dom.js';
import { glossaryLabel } from './glossary-dialog.js';

export interface ChartSpec {
  readonly title: string;
  /** The glossary entry the title opens (an indicator's label is a glossary button everywhere). */
  readonly glossary?: GlossaryId;
  readonly years: readonly number[];
  readonly values: readonly number[];
  /** A counterfactual's values for the same indicator (its own years). */
  readonly ghost?: {
    readonly label: string;
    readonly years: readonly number[];
    readonly values: readonly number[];
  };
  readonly yours: string;
  readonly format: (value: number) => string;
}

/**
 * An indicator over the years: a small SVG line chart (an image with a
 * summary as its name) and the same numbers as a data table.
 */
export function chartFigure(spec: ChartSpec): HTMLElement {
  const ghost = spec.ghost;
  const geometry = lineChart(ghost ? [spec.values, ghost.values] : [spec.values]);
  const { plot } = geometry;
  const first = spec.values[0];
  const last = spec.values[spec.values.length - 1];
  const summary =
    first !== undefined && last !== undefined
      ? `${spec.title}: ${spec.years[0] ?? ''} ${spec.format(first)} → ${spec.years[spec.years.length - 1] ?? ''} ${spec.format(last)}`
      : spec.title;
  const captionId = uid('chart');
  const image = svg(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${geometry.width} ${geometry.height}`,
      role: 'img',
      'aria-label': summary,
    },
    ...geometry.ticks.map((tick) =>
      svg(
        'g',
        {},
        svg('line', {
          class: 'axis',
          x1: plot.left,
          x2: plot.right,
          y1: tick.y.toFixed(1),
          y2: tick.y.toFixed(1),
          'stroke-opacity': 0.4,
        }),
        svg(
          'text',
          { x: plot.left - 4, y: (tick.y + 4).toFixed(1), 'text-anchor': 'end' },
          spec.format(tick.value),
        ),
      ),
    ),
    svg('text', { x: plot.left, y: geometry.height - 6 }, String(spec.years[0] ?? '')),
    svg(
      'text',
      { x: plot.right, y: geometry.height - 6, 'text-anchor': 'end' },
      String(spec.years[spec.years.length - 1] ?? ''),
    ),
    svg('path', { class: 'line', d: geometry.paths[0] ?? '' }),
    ghost ? svg('path', { class: 'ghost', d: geometry.paths[1] ?? '' }) : null,
  );
  const years = [...new Set([...spec.years, ...(ghost?.years ?? [])])].sort((a, b) => a - b);
  const cell = (list: readonly number[], yearsOf: readonly number[], year: number): string => {
    const i = yearsOf.indexOf(year);
    const v = i >= 0 ? list[i] : undefined;
    return v === undefined ? '—' : spec.format(v);
  };
  const table = h(
    'table',
    {},
    h('caption', { class: 'sr-only', text: spec.title }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { text: t('chart.year'), attrs: { scope: 'col' } }),
        h('th', { class: 'num', text: spec.yours, attrs: { scope: 'col' } }),
        ghost ? h('th', { class: 'num', text: ghost.label, attrs: { scope: 'col' } }) : null,
      ),
    ),
    h(
      'tbody',
      {},
      ...years.map((year) =>
        h(
          'tr',
          {},
          h('th', { text: String(year), attrs: { scope: 'row' } }),
          h('td', { class: 'num', text: cell(spec.values, spec.years, year) }),
          ghost ? h('td', { class: 'num', text: cell(ghost.values, ghost.years, year) }) : null,
        ),
      ),
    ),
  );
  return h(
    'figure',
    { attrs: { 'aria-labelledby': captionId } },
    h(
      'figcaption',
      { id: captionId },
      spec.glossary ? glossaryLabel(spec.title, spec.glossary) : spec.title,
    ),
    image,
    h('details', {}, h('summary', { text: t('chart.table', { title: spec.title }) }), table),
  );
}
