import type { Lang } from '../app/settings.js';

/** The shipped CJK face (@fontsource/noto-sans-sc, added by app/cjk-font.ts). */
export const CJK_FAMILY = 'Noto Sans SC';

const FALLBACKS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"';

/** The canvas's font stack: in Chinese the shipped face comes first, as in the DOM. */
export function canvasFontStack(language: Lang): string {
  return language === 'zh'
    ? `"${CJK_FAMILY}", system-ui, ${FALLBACKS}, sans-serif`
    : `system-ui, "${CJK_FAMILY}", ${FALLBACKS}, sans-serif`;
}

/** Whether a text has a CJK ideograph or CJK punctuation (what the shipped face is for). */
export function hasCjk(text: string): boolean {
  return /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/.test(text);
}

/** The subset of `FontFaceSet` this needs (a test can pass a fake). */
export interface FontLoader {
  check(font: string, text?: string): boolean;
  load(font: string, text?: string): Promise<unknown>;
}

const probe = `16px "${CJK_FAMILY}"`;

/** Whether the pieces of the shipped face that draw `text` are loaded (or there is nothing to load). */
export function canvasFontReady(fonts: FontLoader | undefined, text: string): boolean {
  return !fonts || fonts.check(probe, text);
}

/**
 * Loads the shipped face's pieces (unicode-range chunks) that draw `text`, so
 * canvas text is measured and drawn with them. Resolves true when they are
 * loaded, false on a failure or after `timeoutMs` (offline, blocked): the
 * canvas then draws with the fallbacks instead of waiting. Never rejects.
 */
export function loadCanvasFont(
  fonts: FontLoader | undefined,
  text: string,
  timeoutMs = 3000,
): Promise<boolean> {
  if (!fonts || canvasFontReady(fonts, text)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
    fonts.load(probe, text).then(
      () => {
        clearTimeout(timer);
        resolve(canvasFontReady(fonts, text));
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}
