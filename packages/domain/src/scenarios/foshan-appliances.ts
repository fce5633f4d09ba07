import type { ScenarioInput } from '../schemas/scenario.js';
import { CHINA_TAX, RND_BENCHMARKS, STANDARD_POOLS, STANDARD_POSITIONS } from './shared.js';

/**
 * A Foshan home-appliance maker in 2012 under fast wage rises: process
 * upgrading and intelligent transformation buy time, but only knowledge and
 * brand escape the squeeze.
 */
export const foshanAppliances: ScenarioInput = {
  id: 'foshan-appliances',
  version: 1,
  title: {
    en: 'Foshan appliances under rising wages, 2012–2027',
    zh: '佛山家电厂与工资上涨，2012–2027',
  },
  teaches: {
    en: 'Wages rise fast: automation and digital transformation keep costs down for a while, but they do not create value on their own.',
    zh: '工资快速上涨：自动化和数字化转型能暂时压低成本，但本身并不创造价值。',
  },
  difficulty: 2,
  startYear: 2012,
  years: 16,
  firm: {
    name: { en: 'Shunde Home Appliances', zh: '顺德家电' },
    cash: 80,
    productValue: 2200,
    mode: 'OEM',
    knowledge: 18,
    coreTech: 6,
    design: 12,
    brand: 4,
    process: 35,
    training: 8,
    licensed: 20,
    ipStock: 2,
    patents: 1,
    buyerConcentration: 0.55,
    ties: { university: 0.1 },
    debt: 20,
  },
  market: {
    worldGrowth: 0.02,
    worldVolatility: 0.04,
    ownGrowth: 0.08,
    wageGrowth: 0.1,
    priceGrowth: 0.015,
    ...CHINA_TAX,
    loan: { allowed: true, rate: 0.05, maxDebtToRevenue: 0.35 },
  },
  smileCurve: {
    positions: STANDARD_POSITIONS,
    base: 0.04,
    bottom: 0.5,
    aLeft: 0.8,
    aRight: 1.1,
    deepening: 0.015,
  },
  ecosystem: { govIndustryResearch: 0.4, regionalIp: 0.35, hkMacao: 0.3, mncPresence: 0.3 },
  partnerPools: STANDARD_POOLS,
  events: [
    { eventId: 'wage-rise', from: 2012, to: 2020, probability: 0.4, once: false },
    { eventId: 'gir-programme', from: 2013, to: 2020, probability: 0.2 },
    { eventId: 'buyer-squeeze', from: 2012, to: 2027, probability: 0.15, once: false },
    { eventId: 'ip-infringement', from: 2013, to: 2027, probability: 0.15, once: false },
    { eventId: 'rnd-subsidy', from: 2014, to: 2024, probability: 0.15 },
    { eventId: 'trade-friction', year: 2018 },
    { eventId: 'greater-bay-area', year: 2019 },
    { eventId: 'pandemic', year: 2020 },
  ],
  benchmarks: RND_BENCHMARKS,
};
