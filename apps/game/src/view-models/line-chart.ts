/** Geometry of a small line chart, in SVG user units. */
export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  /** The value range drawn, bottom to top. */
  readonly min: number;
  readonly max: number;
  /** SVG path data for each series (same x scale). */
  readonly paths: readonly string[];
  /** Gridline values with their y. */
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
}

const W = 320;
const H = 160;
const PLOT = { left: 52, top: 10, right: W - 10, bottom: H - 22 } as const;

function niceRange(values: readonly number[]): { min: number; max: number } {
  let min = Math.min(...values);
  const max = Math.max(...values);
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1 };
  if (min > 0 && min < max * 0.5) min = 0;
  if (max === min) {
    const pad = Math.abs(max) > 0 ? Math.abs(max) * 0.1 : 1;
    return { min: min - pad, max: max + pad };
  }
  const pad = (max - min) * 0.05;
  return { min: min === 0 ? 0 : min - pad, max: max + pad };
}

/** Lays out one or more series of the same length over the same x (years). */
export function lineChart(series: readonly (readonly number[])[]): ChartGeometry {
  const all = series.flat();
  const { min, max } = niceRange(all.length > 0 ? all : [0]);
  const n = Math.max(...series.map((s) => s.length), 2);
  const x = (i: number): number => PLOT.left + ((PLOT.right - PLOT.left) * i) / (n - 1);
  const y = (v: number): number =>
    PLOT.bottom - ((PLOT.bottom - PLOT.top) * (v - min)) / (max - min);
  const paths = series.map((s) =>
    s.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`).join(' '),
  );
  const ticks = [0, 0.5, 1].map((f) => {
    const value = min + (max - min) * f;
    return { value, y: y(value) };
  });
  return { width: W, height: H, min, max, paths, ticks, plot: PLOT };
}
