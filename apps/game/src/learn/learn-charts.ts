import { h, svg, uid } from '../ui/dom.js';

const W = 320;
const H = 160;
const PAD = { left: 12, right: 12, top: 12, bottom: 20 };

/** The smile curve as an SVG image, with a marker the caller moves. */
export function smileImage(
  points: readonly (readonly [number, number])[],
  label: string,
  ticks: readonly (readonly [number, string])[],
): { image: SVGSVGElement; move: (x: number, y: number) => void } {
  const max = Math.max(...points.map(([, y]) => y), 1e-9);
  const px = (x: number): number => PAD.left + x * (W - PAD.left - PAD.right);
  const py = (y: number): number => H - PAD.bottom - (y / max) * (H - PAD.top - PAD.bottom);
  const d = points
    .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(x).toFixed(1)} ${py(y).toFixed(1)}`)
    .join(' ');
  const marker = svg('circle', { class: 'learn-firm', r: 9, cx: px(0.5), cy: py(0) });
  const image = svg(
    'svg',
    { class: 'chart learn-smile', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label },
    svg('line', {
      class: 'axis',
      x1: PAD.left,
      x2: W - PAD.right,
      y1: H - PAD.bottom,
      y2: H - PAD.bottom,
    }),
    svg('path', { class: 'line', d }),
    ...ticks.map(([x, text], i) =>
      svg(
        'text',
        {
          x: px(x),
          y: H - 4,
          'text-anchor': i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle',
        },
        text,
      ),
    ),
    marker,
  );
  return {
    image,
    move: (x, y) => {
      marker.setAttribute('cx', px(x).toFixed(1));
      marker.setAttribute('cy', py(y).toFixed(1));
    },
  };
}

export interface BarRow {
  readonly label: string;
  readonly value: number;
  /** The cells of the data table after the label, already formatted. */
  readonly cells: readonly string[];
  readonly highlight?: boolean;
}

/**
 * A horizontal bar chart and its data-table twin: the image carries a short
 * name, the table carries every number. Highlighted rows are marked by a
 * pattern and bold text too, not by colour alone.
 */
export function barFigure(spec: {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly BarRow[];
}): HTMLElement {
  const max = Math.max(...spec.rows.map((r) => r.value), 1e-9);
  const rowH = 22;
  const height = spec.rows.length * rowH + 4;
  const captionId = uid('bars');
  const image = svg(
    'svg',
    {
      class: 'chart learn-bars',
      viewBox: `0 0 ${W} ${height}`,
      role: 'img',
      'aria-label': `${spec.title}: ${spec.rows.map((r) => `${r.label} ${r.cells.join(', ')}`).join('; ')}`,
    },
    ...spec.rows.map((r, i) =>
      svg(
        'g',
        {},
        svg('rect', {
          class: r.highlight === true ? 'bar bar--highlight' : 'bar',
          x: 0,
          y: i * rowH + 3,
          height: rowH - 6,
          width: Math.max(2, (r.value / max) * (W - 90)).toFixed(1),
        }),
        svg(
          'text',
          { x: Math.max(2, (r.value / max) * (W - 90)) + 6, y: i * rowH + rowH - 6 },
          r.cells[0] ?? '',
        ),
      ),
    ),
  );
  const table = h(
    'table',
    {},
    h(
      'thead',
      {},
      h('tr', {}, ...spec.headers.map((text) => h('th', { text, attrs: { scope: 'col' } }))),
    ),
    h(
      'tbody',
      {},
      ...spec.rows.map((r) =>
        h(
          'tr',
          { class: r.highlight === true ? 'row--highlight' : '' },
          h('th', { text: r.label, attrs: { scope: 'row' } }),
          ...r.cells.map((text) => h('td', { class: 'num', text })),
        ),
      ),
    ),
  );
  return h(
    'figure',
    { class: 'learn-figure', attrs: { 'aria-labelledby': captionId } },
    h('figcaption', { id: captionId, text: spec.title }),
    image,
    table,
  );
}
