import { formatter } from '../i18n/format.js';
import { lang, t } from '../i18n/i18n.js';
import { svg } from '../ui/dom.js';
import type { Trajectory } from '../view-models/class-debrief.js';

/** The class debrief's chart width (its score histogram uses it too). */
export const CHART_WIDTH = 480;
const W = CHART_WIDTH;
const H = 300;
const PLOT = { left: 56, top: 12, right: W - 12, bottom: H - 40 } as const;

/** Every trajectory on the smile-curve plane, one highlighted (thicker, solid, on top). */
export function curvePlot(trajectories: readonly Trajectory[], on: string | null): SVGSVGElement {
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
