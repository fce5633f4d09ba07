import type { Lang } from './settings.js';

/**
 * Noto Sans SC (OFL, @fontsource/noto-sans-sc), shipped so Chinese never
 * depends on the machine's fonts. Its CSS alone is ~100 KB gzip (each weight
 * is ~100 unicode-range pieces; the browser then fetches only the pieces
 * whose characters a page shows), so it is not part of the first load: a
 * page in Chinese adds it, an English one never downloads it. Weights 400 and
 * 700 only (the UI's 600 falls to 700 by font matching).
 */

let added = false;
let adding: Promise<boolean> | null = null;

/** Whether the faces are declared (their CSS arrived). */
export function cjkFontFacesAdded(): boolean {
  return added;
}

/**
 * Adds the faces' CSS once. Resolves true when it is in, false when it could
 * not load (offline: the fallback fonts draw instead; a later call retries) or
 * did not within `timeoutMs` (it goes on loading). Never rejects.
 */
export function addCjkFontFaces(timeoutMs = 3000): Promise<boolean> {
  adding ??= Promise.all([
    import('@fontsource/noto-sans-sc/400.css'),
    import('@fontsource/noto-sans-sc/700.css'),
  ]).then(
    () => {
      added = true;
      return true;
    },
    () => {
      adding = null;
      return false;
    },
  );
  const loading = adding;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve(false);
    }, timeoutMs);
    void loading.then((ok) => {
      clearTimeout(timer);
      resolve(ok);
    });
  });
}

/** A page in Chinese gets the faces as soon as it knows it is in Chinese. */
export function useCjkFontFor(lang: Lang): void {
  if (lang === 'zh') void addCjkFontFaces();
}
