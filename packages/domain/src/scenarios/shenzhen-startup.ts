import type { ScenarioInput } from '../schemas/scenario.js';
import { CHINA_TAX, RND_BENCHMARKS, STANDARD_POOLS, STANDARD_POSITIONS } from './shared.js';

/**
 * A small Shenzhen hardware start-up in 2015 in a mature ecosystem: strong
 * government–industry–research links and Hong Kong partners, little cash.
 * Ties pay off quickly — if the firm can absorb what they bring.
 */
export const shenzhenStartup: ScenarioInput = {
  id: 'shenzhen-startup',
  version: 1,
  title: { en: 'Shenzhen hardware start-up, 2015–2030', zh: '深圳硬件创业公司，2015–2030' },
  teaches: {
    en: 'A mature ecosystem makes global ties cheap and rich, but cash is short: absorptive capacity decides who profits from openness.',
    zh: '成熟的创新生态让全球合作更便宜、更丰富，但现金紧张：吸收能力决定谁能从开放中获益。',
  },
  difficulty: 3,
  startYear: 2015,
  years: 16,
  firm: {
    name: { en: 'Nanshan Devices', zh: '南山智能硬件' },
    cash: 25,
    productValue: 700,
    mode: 'OEM',
    knowledge: 25,
    coreTech: 5,
    design: 15,
    brand: 3,
    process: 10,
    training: 12,
    licensed: 5,
    ipStock: 3,
    patents: 2,
    buyerConcentration: 0.5,
    ties: { talent: 0.2 },
    debt: 0,
  },
  market: {
    worldGrowth: 0.04,
    worldVolatility: 0.07,
    ownGrowth: 0.12,
    wageGrowth: 0.06,
    priceGrowth: 0.02,
    ...CHINA_TAX,
    loan: { allowed: true, rate: 0.06, maxDebtToRevenue: 0.25 },
  },
  smileCurve: {
    positions: STANDARD_POSITIONS,
    base: 0.04,
    bottom: 0.5,
    aLeft: 1.0,
    aRight: 0.9,
    deepening: 0.01,
  },
  ecosystem: { govIndustryResearch: 0.65, regionalIp: 0.55, hkMacao: 0.6, mncPresence: 0.5 },
  partnerPools: STANDARD_POOLS,
  events: [
    { eventId: 'talent-programme', from: 2015, to: 2020, probability: 0.35 },
    { eventId: 'mnc-rnd-centre', from: 2015, to: 2025, probability: 0.2 },
    { eventId: 'gir-programme', from: 2016, to: 2024, probability: 0.25 },
    { eventId: 'ip-infringement', from: 2016, to: 2030, probability: 0.1, once: false },
    { eventId: 'rnd-subsidy', from: 2016, to: 2026, probability: 0.2 },
    { eventId: 'trade-friction', year: 2018 },
    { eventId: 'greater-bay-area', year: 2019 },
    { eventId: 'pandemic', year: 2020 },
    { eventId: 'export-controls', from: 2019, to: 2026, probability: 0.3 },
  ],
  benchmarks: RND_BENCHMARKS,
};
