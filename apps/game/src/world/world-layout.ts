import type { PartnerId, TrailPoint } from '@smile-curve/domain';

/** A rectangle in canvas pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The world splits into the smile-curve chart (top) and the Pearl River Delta (bottom). */
export interface WorldLayout {
  readonly chart: Rect;
  readonly land: Rect;
}

export function splitWorld(r: Rect): WorldLayout {
  const pad = Math.max(8, Math.min(r.width, r.height) * 0.04);
  const chartHeight = r.height * 0.56;
  return {
    chart: {
      x: r.x + pad * 3,
      y: r.y + pad,
      width: Math.max(0, r.width - pad * 4),
      height: Math.max(0, chartHeight - pad * 2.5),
    },
    land: { x: r.x, y: r.y + chartHeight, width: r.width, height: r.height - chartHeight },
  };
}

/** The chart's top, in value-added share: at least 60 %, more if the firm climbed higher. */
export function shareCeiling(trails: readonly (readonly TrailPoint[])[]): number {
  let top = 0.6;
  for (const trail of trails) {
    for (const p of trail) top = Math.max(top, Math.ceil((p.valueAddedShare + 0.05) * 10) / 10);
  }
  return top;
}

/** A trail point (position 0–1 along the chain, height = value-added share) in the chart. */
export function chartPoint(chart: Rect, position: number, share: number, ceiling: number): Point {
  const x = Math.min(1, Math.max(0, position));
  const y = Math.min(1, Math.max(0, share / ceiling));
  return { x: chart.x + chart.width * x, y: chart.y + chart.height * (1 - y) };
}

/**
 * The illustrative smile: high at both ends (R&D, brand), low at assembly.
 * A drawing guide only — the firm's height is its own value-added share.
 */
export function smileGuide(chart: Rect, steps = 48): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = i / steps;
    const depth = (2 * x - 1) ** 2 * 0.82 + 0.08;
    points.push({ x: chart.x + chart.width * x, y: chart.y + chart.height * (1 - depth) });
  }
  return points;
}

/** Where each partner type sits around the factory, as fractions of the land rectangle. */
export const PARTNER_ANCHORS: Readonly<Record<PartnerId, Point>> = {
  university: { x: 0.12, y: 0.14 },
  institute: { x: 0.3, y: 0.08 },
  government: { x: 0.5, y: 0.1 },
  nonprofit: { x: 0.05, y: 0.45 },
  talent: { x: 0.7, y: 0.08 },
  mncRnd: { x: 0.88, y: 0.22 },
  hkMacao: { x: 0.8, y: 0.82 },
  overseasRnd: { x: 0.97, y: 0.5 },
};

/** The factory's anchor in the land rectangle (fractions). */
export const FACTORY_ANCHOR: Point = { x: 0.38, y: 0.55 };

export function inRect(r: Rect, p: Point): Point {
  return { x: r.x + r.width * p.x, y: r.y + r.height * p.y };
}

/** A gentle arc between two points (a quadratic curve, as a polyline). */
export function arc(a: Point, b: Point, bend = 0.2, steps = 16): Point[] {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const c = { x: mx - dy * bend, y: my + dx * bend };
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
  }
  return points;
}

/** How many containers wait at the dock: a picture of orders, drying up under lock-in. */
export function containerCount(lockedIn: boolean, lockInRisk: number): number {
  if (lockedIn) return 1;
  return Math.max(2, Math.round(7 - lockInRisk * 5));
}
