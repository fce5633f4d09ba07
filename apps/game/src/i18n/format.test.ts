import { describe, expect, it } from 'vitest';
import { formatter } from './format.js';

describe('formatter', () => {
  const en = formatter('en');
  const zh = formatter('zh');

  it('formats million CNY in each language', () => {
    expect(en.money(14.3)).toBe('CNY 14.3 m');
    expect(en.money(407.006)).toBe('CNY 407 m');
    expect(en.money(-5.25)).toBe('\u2212CNY 5.3 m');
    expect(zh.money(14.3)).toBe('1,430万元');
    expect(zh.money(407)).toBe('4.07亿元');
  });

  it('formats shares, points and signed numbers', () => {
    expect(en.pct(0.0261, 2)).toBe('2.61 %');
    expect(zh.pct(0.5)).toBe('50%');
    expect(en.pts(0.004)).toBe('+0.4 pts');
    expect(en.pts(-0.012)).toBe('\u22121.2 pts');
    expect(en.signed(0)).toBe('0');
    expect(en.signed(-0.00001)).toBe('0');
    expect(en.num(1234.56, 0)).toBe('1,235');
  });
});
