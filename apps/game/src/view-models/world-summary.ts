import type { Indicators } from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { formatter } from '../i18n/format.js';
import { tIn } from '../i18n/i18n.js';
import { termsIn, type StageName } from '../i18n/terms.js';
import { nearestStage } from './indicators-view.js';

/**
 * What the canvas shows, in words, for the polite live region beside it:
 * the firm's business model, its position and stage on the curve, its
 * value-added share and the year's main change.
 */
export function worldSummary(
  now: Indicators,
  before: Indicators | null,
  positions: Readonly<Record<StageName, number>>,
  language: Lang,
): string {
  const f = formatter(language);
  const w = termsIn(language);
  return tIn(language, 'world.summary', {
    year: now.year,
    mode: w.modes[now.mode].name,
    position: f.num(now.smilePosition, 2),
    stage: w.stages[nearestStage(now.smilePosition, positions)],
    share: f.pct(now.valueAddedShare),
    change: before ? f.pts(now.valueAddedShare - before.valueAddedShare) : '—',
  });
}
