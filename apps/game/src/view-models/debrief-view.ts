import type { Indicators, ScoreBreakdown } from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { formatter } from '../i18n/format.js';
import { tIn } from '../i18n/i18n.js';
import { termsIn } from '../i18n/terms.js';
import type { Moment } from './decisive-moments.js';
import type { IndicatorId } from './indicators-view.js';

/** One indicator charted over the game. */
export interface SeriesSpec {
  readonly id: keyof Indicators;
  /** The play screen's indicator it charts (its label and glossary entry). */
  readonly indicator: IndicatorId;
  readonly title: string;
  readonly format: (value: number) => string;
}

/** The indicators the debrief charts, in the order shown. */
export function chartedIndicators(language: Lang): SeriesSpec[] {
  const f = formatter(language);
  const t = (key: Parameters<typeof tIn>[1]): string => tIn(language, key);
  return [
    {
      id: 'valueAddedShare',
      indicator: 'valueAdded',
      title: t('ind.valueAdded'),
      format: (v) => f.pct(v),
    },
    { id: 'rdIntensity', indicator: 'rd', title: t('ind.rd'), format: (v) => f.pct(v, 1) },
    { id: 'lockInRisk', indicator: 'lockIn', title: t('ind.lockIn'), format: (v) => f.pct(v, 0) },
    { id: 'gicEmbedding', indicator: 'gic', title: t('ind.gic'), format: (v) => f.pct(v, 0) },
    {
      id: 'absorptiveCapacity',
      indicator: 'absorptive',
      title: t('ind.absorptive'),
      format: (v) => f.num(v, 2),
    },
    { id: 'cash', indicator: 'cash', title: t('ind.cash'), format: (v) => f.money(v) },
    { id: 'profit', indicator: 'profit', title: t('ind.profit'), format: (v) => f.money(v) },
  ];
}

/** The numbers of one indicator over a series. */
export function seriesValues(series: readonly Indicators[], id: keyof Indicators): number[] {
  return series.map((s) => {
    const v = s[id];
    return typeof v === 'number' ? v : 0;
  });
}

export interface ScoreRow {
  readonly label: string;
  readonly points: number;
}

/** The score's parts with what each counts, then the total. */
export function scoreRows(score: ScoreBreakdown, language: Lang): ScoreRow[] {
  const t = (key: Parameters<typeof tIn>[1]): string => tIn(language, key);
  return [
    { label: t('score.valueCreated'), points: score.valueCreated },
    { label: t('score.smileCurve'), points: score.smileCurve },
    { label: t('score.gicEmbedding'), points: score.gicEmbedding },
    { label: t('score.survival'), points: score.survival },
    { label: t('score.total'), points: score.total },
  ];
}

/** A decisive moment in words, with the decision behind it. */
export function momentText(m: Moment, language: Lang): string {
  const f = formatter(language);
  const w = termsIn(language);
  const values = { year: m.year, mode: w.modes[m.mode].name, from: f.pct(m.from), to: f.pct(m.to) };
  const what = tIn(language, `moment.${m.kind}`, values);
  const lever = m.topLever;
  const why =
    lever === null
      ? tIn(language, 'moment.spentNothing')
      : tIn(language, 'moment.spent', {
          lever:
            lever.lever in w.levers
              ? w.levers[lever.lever as keyof typeof w.levers].label
              : lever.lever,
          amount: f.money(lever.amount),
        });
  return `${what} ${why}`;
}
