import { afterEach, describe, expect, it, vi } from 'vitest';
import { canvasFontStack, hasCjk, loadCanvasFont, type FontLoader } from './canvas-font.js';

/** A FontFaceSet stand-in: faces count as loaded once `load` has settled well. */
function fakeFonts(load: () => Promise<unknown>): FontLoader & { loads: string[] } {
  let loaded = false;
  const loads: string[] = [];
  return {
    loads,
    check: () => loaded,
    load: (font) => {
      loads.push(font);
      return load().then((v) => {
        loaded = true;
        return v;
      });
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the canvas font', () => {
  it('puts the shipped Noto Sans SC first in Chinese, after system-ui in English', () => {
    expect(canvasFontStack('zh').startsWith('"Noto Sans SC", ')).toBe(true);
    expect(canvasFontStack('en').startsWith('system-ui, "Noto Sans SC", ')).toBe(true);
  });

  it('tells Chinese text from Latin', () => {
    expect(hasCjk('研发 · 组装 · 品牌与服务')).toBe(true);
    expect(hasCjk('R&D · assembly · brand 0123456789%')).toBe(false);
  });

  it('loads the pieces of the face that draw the text, then resolves true', async () => {
    const fonts = fakeFonts(() => Promise.resolve([]));
    await expect(loadCanvasFont(fonts, '微笑曲线')).resolves.toBe(true);
    expect(fonts.loads).toEqual(['16px "Noto Sans SC"']);
  });

  it('does not load what is already loaded', async () => {
    const load = vi.fn(() => Promise.resolve([]));
    await expect(loadCanvasFont({ check: () => true, load }, '微笑曲线')).resolves.toBe(true);
    expect(load).not.toHaveBeenCalled();
  });

  it('gives up after the timeout when the font never arrives (offline), without rejecting', async () => {
    vi.useFakeTimers();
    const fonts = fakeFonts(() => new Promise(() => undefined));
    const result = loadCanvasFont(fonts, '微笑曲线', 3000);
    await vi.advanceTimersByTimeAsync(2999);
    let settled = false;
    void result.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe(false);
  });

  it('resolves false when the load fails', async () => {
    const fonts = fakeFonts(() => Promise.reject(new Error('network')));
    await expect(loadCanvasFont(fonts, '微笑曲线')).resolves.toBe(false);
  });

  it('draws at once where there is no font loading API', async () => {
    await expect(loadCanvasFont(undefined, '微笑曲线')).resolves.toBe(true);
  });
});
