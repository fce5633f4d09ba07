import type { Lang } from '../app/settings.js';

/** Number formatting for one language. Amounts are million CNY, shares are 0–1. */
export interface Fmt {
  /** Million CNY: "CNY 14.3 m" / "1430万元". */
  money(millions: number): string;
  /** A share as a percentage: 0.0261 → "2.6 %" (digits after the point). */
  pct(share: number, digits?: number): string;
  /** A relative change, signed: 0.12 → "+12 %". */
  spct(change: number, digits?: number): string;
  /** A change of a share in percentage points, signed: "+0.4 pts". */
  pts(change: number, digits?: number): string;
  /** A plain number. */
  num(x: number, digits?: number): string;
  /** A signed number: "+3.2", "−1". */
  signed(x: number, digits?: number): string;
}

const MINUS = '\u2212';

function numberIn(locale: string, x: number, digits: number): string {
  const s = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(Math.abs(x));
  // Rounding can make a tiny negative number print as "0": no sign then.
  return x < 0 && /[1-9]/.test(s) ? `${MINUS}${s}` : s;
}

function signedIn(locale: string, x: number, digits: number): string {
  const s = numberIn(locale, x, digits);
  return x > 0 && /[1-9]/.test(s) ? `+${s}` : s;
}

const en: Fmt = {
  money: (m) => {
    const digits = Math.abs(m) < 100 ? 1 : 0;
    const s = numberIn('en-GB', Math.abs(m), digits);
    return m < 0 && /[1-9]/.test(s) ? `${MINUS}CNY ${s} m` : `CNY ${s} m`;
  },
  pct: (share, digits = 1) => `${numberIn('en-GB', share * 100, digits)} %`,
  spct: (change, digits = 0) => `${signedIn('en-GB', change * 100, digits)} %`,
  pts: (change, digits = 1) => `${signedIn('en-GB', change * 100, digits)} pts`,
  num: (x, digits = 1) => numberIn('en-GB', x, digits),
  signed: (x, digits = 1) => signedIn('en-GB', x, digits),
};

const zh: Fmt = {
  money: (m) => {
    // 1 million = 100 万; from 1 亿 (100 million) on, 亿 reads better.
    if (Math.abs(m) >= 100) return `${numberIn('zh-CN', m / 100, 2)}亿元`;
    return `${numberIn('zh-CN', m * 100, 0)}万元`;
  },
  pct: (share, digits = 1) => `${numberIn('zh-CN', share * 100, digits)}%`,
  spct: (change, digits = 0) => `${signedIn('zh-CN', change * 100, digits)}%`,
  pts: (change, digits = 1) => `${signedIn('zh-CN', change * 100, digits)}个百分点`,
  num: (x, digits = 1) => numberIn('zh-CN', x, digits),
  signed: (x, digits = 1) => signedIn('zh-CN', x, digits),
};

export function formatter(lang: Lang): Fmt {
  return lang === 'zh' ? zh : en;
}
