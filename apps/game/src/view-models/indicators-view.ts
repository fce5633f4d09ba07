import type { Benchmark, Indicators, PartnerId } from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { formatter } from '../i18n/format.js';
import { tIn } from '../i18n/i18n.js';
import type { GlossaryId } from '../i18n/learn.js';
import { STAGE_NAMES, termsIn, type StageName } from '../i18n/terms.js';

/** Every indicator the play screen shows. */
export type IndicatorId =
  | 'mode'
  | 'valueAdded'
  | 'position'
  | 'gvcPosition'
  | 'gic'
  | 'absorptive'
  | 'lockIn'
  | 'rd'
  | 'cash'
  | 'profit'
  | 'revenue'
  | 'debt'
  | 'knowledge'
  | 'patents'
  | 'digital'
  | 'ties';

/** The glossary entry each indicator's label opens. */
export const INDICATOR_GLOSSARY: Record<IndicatorId, GlossaryId> = {
  mode: 'businessModel',
  valueAdded: 'valueAddedShare',
  position: 'smilePosition',
  gvcPosition: 'gvcPositionIndex',
  gic: 'gicEmbedding',
  absorptive: 'absorptiveCapacity',
  lockIn: 'lowEndLockIn',
  rd: 'rdIntensity',
  cash: 'cash',
  profit: 'netProfit',
  revenue: 'revenue',
  debt: 'debt',
  knowledge: 'ownKnowledge',
  patents: 'patents',
  digital: 'intelligentManufacturing',
  ties: 'partnerTies',
};

/** The indicators the year report repeats: where the firm stands and what the year did to it. */
export const YEAR_REPORT_INDICATORS: readonly IndicatorId[] = [
  'mode',
  'valueAdded',
  'position',
  'lockIn',
  'rd',
  'cash',
  'profit',
];

export interface IndicatorRow {
  readonly id: IndicatorId;
  readonly label: string;
  readonly value: string;
  /** A second line: the change since last year, or what the number means. */
  readonly note?: string;
  /** Draws attention (lock-in, negative cash); always carries words, not just colour. */
  readonly alert?: boolean;
}

export interface IndicatorInput {
  readonly now: Indicators;
  readonly before: Indicators | null;
  readonly positions: Readonly<Record<StageName, number>>;
  readonly ties: readonly (readonly [PartnerId, number])[];
}

/** The stage nearest a position on the curve. */
export function nearestStage(
  position: number,
  positions: Readonly<Record<StageName, number>>,
): StageName {
  let best: StageName = 'assembly';
  let distance = Infinity;
  for (const stage of STAGE_NAMES) {
    const d = Math.abs(positions[stage] - position);
    if (d < distance) {
      best = stage;
      distance = d;
    }
  }
  return best;
}

/** The firm's indicators as labelled, formatted rows (numbers from `indicators(state)`). */
export function indicatorRows(input: IndicatorInput, language: Lang): IndicatorRow[] {
  const { now, before } = input;
  const f = formatter(language);
  const w = termsIn(language);
  const t = (key: Parameters<typeof tIn>[1], values?: Parameters<typeof tIn>[2]): string =>
    tIn(language, key, values);
  const change = (text: string): string => t('ind.change', { change: text });
  const ties = input.ties.filter(([, s]) => s >= 0.02);
  const rows: IndicatorRow[] = [
    {
      id: 'mode',
      label: t('ind.mode'),
      value: w.modes[now.mode].name,
      note: w.modes[now.mode].text,
    },
    {
      id: 'valueAdded',
      label: t('ind.valueAdded'),
      value: f.pct(now.valueAddedShare),
      ...(before ? { note: change(f.pts(now.valueAddedShare - before.valueAddedShare)) } : {}),
    },
    {
      id: 'position',
      label: t('ind.position'),
      value: t('ind.positionValue', {
        value: f.num(now.smilePosition, 2),
        stage: w.stages[nearestStage(now.smilePosition, input.positions)],
      }),
    },
    {
      id: 'gvcPosition',
      label: t('ind.gvcPosition'),
      value: f.signed(now.gvcPosition, 2),
      ...(now.gvcPosition < 0 ? { note: t('ind.gvcPositionHint') } : {}),
    },
    { id: 'gic', label: t('ind.gic'), value: f.pct(now.gicEmbedding, 0) },
    { id: 'absorptive', label: t('ind.absorptive'), value: f.num(now.absorptiveCapacity, 2) },
    {
      id: 'lockIn',
      label: t('ind.lockIn'),
      value: `${f.pct(now.lockInRisk, 0)} · ${now.lockedIn ? t('ind.lockedIn') : t('ind.notLockedIn')}`,
      ...(before ? { note: change(f.pts(now.lockInRisk - before.lockInRisk, 0)) } : {}),
      alert: now.lockedIn,
    },
    { id: 'rd', label: t('ind.rd'), value: f.pct(now.rdIntensity, 2) },
    { id: 'cash', label: t('ind.cash'), value: f.money(now.cash), alert: now.cash < 0 },
    { id: 'profit', label: t('ind.profit'), value: f.money(now.profit), alert: now.profit < 0 },
    { id: 'revenue', label: t('ind.revenue'), value: f.money(now.revenue) },
  ];
  if (now.debt > 0) rows.push({ id: 'debt', label: t('ind.debt'), value: f.money(now.debt) });
  rows.push(
    { id: 'knowledge', label: t('ind.knowledge'), value: f.num(now.knowledge, 0) },
    { id: 'patents', label: t('ind.patents'), value: f.num(now.patents, 0) },
    {
      id: 'digital',
      label: t('ind.digital'),
      value:
        w.digitalPhases[
          ['none', 'digital', 'networked', 'intelligent'].indexOf(now.digitalPhase)
        ] ?? now.digitalPhase,
    },
    {
      id: 'ties',
      label: t('ind.ties'),
      value:
        ties.length === 0
          ? t('ind.noTies')
          : ties.map(([p, s]) => `${w.partners[p]} ${f.num(s, 2)}`).join(' · '),
    },
  );
  return rows;
}

export interface BenchmarkRow {
  readonly label: string;
  readonly value: string;
  /** Bar length, 0–1, relative to the largest value shown. */
  readonly fraction: number;
  readonly you: boolean;
  /** Where the firm stands against this benchmark, in words. */
  readonly compare: string | null;
}

/** The firm's R&D intensity beside the scenario's benchmarks (Guangdong, Japan, Germany, USA, a Shenzhen firm). */
export function benchmarkRows(
  rdIntensity: number,
  benchmarks: readonly Benchmark[],
  language: Lang,
): BenchmarkRow[] {
  const f = formatter(language);
  const shares = benchmarks.filter((b) => b.unit === 'share');
  const max = Math.max(rdIntensity, ...shares.map((b) => b.value), 1e-9);
  return [
    {
      label: tIn(language, 'ind.you'),
      value: f.pct(rdIntensity, 2),
      fraction: rdIntensity / max,
      you: true,
      compare: null,
    },
    ...shares.map((b) => ({
      label: b.label[language],
      value: f.pct(b.value, 2),
      fraction: b.value / max,
      you: false,
      compare: tIn(language, rdIntensity >= b.value ? 'ind.above' : 'ind.below'),
    })),
  ];
}
