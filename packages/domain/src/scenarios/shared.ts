import type { ScenarioInput } from '../schemas/scenario.js';

/** Stage positions on the smile curve, left (R&D) to right (brand & services). */
export const STANDARD_POSITIONS: ScenarioInput['smileCurve']['positions'] = {
  rnd: 0,
  design: 1 / 6,
  keyComponents: 2 / 6,
  assembly: 3 / 6,
  logistics: 4 / 6,
  marketing: 5 / 6,
  brandServices: 1,
};

/** R&D benchmarks from the paper (§4) and a firm anchor, shown beside the firm's R&D intensity. */
export const RND_BENCHMARKS: ScenarioInput['benchmarks'] = [
  {
    id: 'guangdong-2017',
    label: { en: 'Guangdong R&D/GDP (2017)', zh: '广东研发投入强度（2017）' },
    value: 0.0261,
    unit: 'share',
    source: 'Paper §4 (Guangdong economic and technological indicators, 2017).',
  },
  {
    id: 'japan-2017',
    label: { en: 'Japan R&D/GDP (2017)', zh: '日本研发投入强度（2017）' },
    value: 0.0314,
    unit: 'share',
    source: 'Paper §4.',
  },
  {
    id: 'germany-2017',
    label: { en: 'Germany R&D/GDP (2017)', zh: '德国研发投入强度（2017）' },
    value: 0.0293,
    unit: 'share',
    source: 'Paper §4.',
  },
  {
    id: 'usa-2017',
    label: { en: 'USA R&D/GDP (2017)', zh: '美国研发投入强度（2017）' },
    value: 0.0274,
    unit: 'share',
    source: 'Paper §4.',
  },
  {
    id: 'shenzhen-telecom-firm',
    label: {
      en: 'A leading Shenzhen telecom firm (R&D/revenue)',
      zh: '深圳某领先通信企业（研发/营收）',
    },
    value: 0.23,
    unit: 'share',
    source: 'Huawei annual report 2023: R&D 23.4 % of revenue.',
  },
];

/** Knowledge reachable per year through a full-strength tie to each partner type. */
export const STANDARD_POOLS: ScenarioInput['partnerPools'] = {
  university: 14,
  institute: 12,
  government: 6,
  nonprofit: 4,
  talent: 10,
  mncRnd: 16,
  hkMacao: 14,
  overseasRnd: 18,
};

export const CHINA_TAX: Pick<
  ScenarioInput['market'],
  'corporateTax' | 'hnteTax' | 'hnteRndIntensity' | 'rndSuperDeduction'
> = {
  corporateTax: 0.25,
  hnteTax: 0.15,
  hnteRndIntensity: 0.03,
  rndSuperDeduction: 0.75,
};
