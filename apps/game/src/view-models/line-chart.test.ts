import { describe, expect, it } from 'vitest';
import { lineChart } from './line-chart.js';

describe('line chart geometry', () => {
  it('spans the plot from the first year to the last, low values at the bottom', () => {
    const g = lineChart([[0, 1, 2]]);
    expect(g.min).toBe(0);
    expect(g.paths[0]).toMatch(/^M52\.0 138\.0 L/);
    const last = g.paths[0]?.split(' L').pop() ?? '';
    const [lx = 0, ly = 0] = last.split(' ').map(Number);
    expect(lx).toBe(g.plot.right);
    expect(ly).toBeGreaterThanOrEqual(g.plot.top);
    expect(ly).toBeLessThan(g.plot.top + 10);
  });

  it('copes with flat, negative and empty series', () => {
    expect(lineChart([[5, 5, 5]]).max).toBeGreaterThan(5);
    const neg = lineChart([[-10, 20]]);
    expect(neg.min).toBeLessThan(-10);
    expect(lineChart([[]]).paths).toEqual(['']);
  });

  it('puts two series on one scale', () => {
    const g = lineChart([
      [1, 2],
      [1, 4],
    ]);
    expect(g.paths.length).toBe(2);
    expect(g.max).toBeGreaterThanOrEqual(4);
  });
});
