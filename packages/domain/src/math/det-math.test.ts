import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clamp, exp, ln, logistic, pow, round } from './det-math.js';

function relErr(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
}

describe('deterministic math', () => {
  it('exp matches Math.exp to 1e-14 over the model range', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), (x) => {
        expect(relErr(exp(x), Math.exp(x))).toBeLessThan(1e-14);
      }),
    );
  });

  it('ln matches Math.log to 1e-14 (absolute near 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e9, noNaN: true }), (x) => {
        expect(Math.abs(ln(x) - Math.log(x))).toBeLessThan(
          1e-13 * Math.max(1, Math.abs(Math.log(x))),
        );
      }),
    );
  });

  it('ln is right over the whole double range, subnormals and powers of two included', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), (x) => {
        fc.pre(x > 0 && x < Number.POSITIVE_INFINITY);
        expect(Math.abs(ln(x) - Math.log(x))).toBeLessThan(1e-13 * Math.abs(Math.log(x)) + 1e-15);
      }),
    );
    for (const k of [-1074, -1030, -1022, -1, 1, 52, 1023]) {
      expect(ln(2 ** k)).toBeCloseTo(k * Math.LN2, 10);
    }
    expect(ln(Number.MIN_VALUE)).toBeCloseTo(Math.log(Number.MIN_VALUE), 10);
    expect(ln(Number.MAX_VALUE)).toBeCloseTo(Math.log(Number.MAX_VALUE), 10);
  });

  it('pow matches Math.pow for positive bases', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (b, e) => {
          expect(relErr(pow(b, e), Math.pow(b, e))).toBeLessThan(1e-12);
        },
      ),
    );
  });

  it('handles the edges', () => {
    expect(exp(0)).toBe(1);
    expect(ln(1)).toBe(0);
    expect(exp(1000)).toBe(Number.POSITIVE_INFINITY);
    expect(exp(-1000)).toBe(0);
    expect(ln(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(ln(-1)).toBeNaN();
    expect(pow(0, 0)).toBe(1);
    expect(pow(0, 2)).toBe(0);
    expect(pow(-2, 0.5)).toBeNaN();
    expect(logistic(0)).toBe(0.5);
    expect(clamp(5, 0, 1)).toBe(1);
    expect(clamp(-5, 0, 1)).toBe(0);
    expect(round(1.23456, 2)).toBe(1.23);
  });

  it('pins exact bits, so an engine that computes differently is caught', () => {
    expect([exp(1), ln(10), pow(2.5, 0.6)]).toMatchInlineSnapshot(`
      [
        2.7182818284590455,
        2.3025850929940455,
        1.7328621078878659,
      ]
    `);
  });
});
