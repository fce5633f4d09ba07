import { describe, expect, it } from 'vitest';
import {
  arc,
  chartPoint,
  containerCount,
  shareCeiling,
  smileGuide,
  splitWorld,
} from './world-layout.js';

describe('world layout', () => {
  const world = splitWorld({ x: 0, y: 0, width: 800, height: 600 });

  it('puts the chart above the land', () => {
    expect(world.chart.y + world.chart.height).toBeLessThanOrEqual(world.land.y);
    expect(world.land.y + world.land.height).toBe(600);
  });

  it('maps position to x and value-added share to height', () => {
    const c = world.chart;
    expect(chartPoint(c, 0, 0, 0.6)).toEqual({ x: c.x, y: c.y + c.height });
    expect(chartPoint(c, 1, 0.6, 0.6)).toEqual({ x: c.x + c.width, y: c.y });
    expect(chartPoint(c, 2, -1, 0.6)).toEqual({ x: c.x + c.width, y: c.y + c.height });
  });

  it('raises the ceiling for a firm above 55 %', () => {
    expect(shareCeiling([])).toBe(0.6);
    const p = { year: 2020, position: 0.5, valueAddedShare: 0.61, mode: 'OBM' } as const;
    expect(shareCeiling([[p]])).toBe(0.7);
  });

  it('draws a smile: high ends, low middle', () => {
    const g = smileGuide(world.chart, 10);
    const mid = g[5]?.y ?? 0;
    expect(g[0]?.y ?? 0).toBeLessThan(mid);
    expect(g[10]?.y ?? 0).toBeLessThan(mid);
  });

  it('arcs from one point to the other', () => {
    const a = arc({ x: 0, y: 0 }, { x: 10, y: 0 }, 0.2, 4);
    expect(a[0]).toEqual({ x: 0, y: 0 });
    expect(a[4]).toEqual({ x: 10, y: 0 });
  });

  it('shows fewer containers as lock-in tightens', () => {
    expect(containerCount(false, 0)).toBeGreaterThan(containerCount(false, 0.9));
    expect(containerCount(true, 0.9)).toBe(1);
  });
});
