import { z } from 'zod';
import { MODES, PARTNER_IDS, STAGE_IDS } from './ids.js';

/** Text shown to players, in English and Simplified Chinese. */
export const LocalizedSchema = z.strictObject({ en: z.string().min(1), zh: z.string().min(1) });
export type Localized = z.infer<typeof LocalizedSchema>;

const Share = z.number().min(0).max(1);
const NonNegative = z.number().min(0);

/**
 * What an event or an event option does. Demand and import-cost changes last
 * for the year they happen in; the rest are permanent shifts.
 */
export const EffectSchema = z.strictObject({
  /** Change of foreign buyers' orders this year (−0.2 = a fifth fewer). */
  worldDemand: z.number().min(-0.9).max(1).optional(),
  /** Permanent change of the wage index (0.1 = wages 10 % higher). */
  wageJump: z.number().min(-0.5).max(1).optional(),
  /** Extra cost of imported parts this year (tariffs, export controls). */
  importCost: z.number().min(-1).max(2).optional(),
  /** Extra reachable external knowledge this year (e.g. an MNC R&D centre nearby). */
  spillover: NonNegative.optional(),
  /** Share of the knowledge stock exposed to infringement, scaled by (1 − IP protection). */
  infringement: Share.optional(),
  /** Share of the knowledge stock lost outright (skilled people leave). */
  knowledgeLoss: Share.optional(),
  /** Added to the process-upgrading stock. */
  process: NonNegative.optional(),
  /** Added to core technology. */
  coreTech: NonNegative.optional(),
  /** One-off cash flow in million CNY (a grant is positive). */
  cash: z.number().min(-10_000).max(10_000).optional(),
  /** Added to the training stock (absorptive capacity). */
  training: NonNegative.optional(),
  /** Added to tie strengths. */
  ties: z.partialRecord(z.enum(PARTNER_IDS), Share).optional(),
  /** Permanent changes to the regional ecosystem. */
  ecosystem: z
    .strictObject({
      govIndustryResearch: z.number().min(-1).max(1).optional(),
      regionalIp: z.number().min(-1).max(1).optional(),
      hkMacao: z.number().min(-1).max(1).optional(),
    })
    .optional(),
  /** Change of buyer concentration (share of orders from the largest buyer). */
  buyerConcentration: z.number().min(-1).max(1).optional(),
});
export type Effect = z.infer<typeof EffectSchema>;

export const EventOptionSchema = z.strictObject({
  id: z.string().min(1).max(60),
  label: LocalizedSchema,
  /** Cost in whole million CNY, paid from this year's budget. */
  cost: z.number().int().min(0),
  effect: EffectSchema,
});

export const EventDefinitionSchema = z.strictObject({
  id: z.string().min(1).max(60),
  title: LocalizedSchema,
  story: LocalizedSchema,
  /** Where the real-world context comes from. */
  source: z.string().min(1),
  effect: EffectSchema.default({}),
  /** Empty: the event just happens; otherwise the player picks one option. */
  options: z.array(EventOptionSchema).max(3).default([]),
});
export type EventDefinition = z.infer<typeof EventDefinitionSchema>;

/** When an event of the library happens in a scenario. */
export const EventScheduleSchema = z.strictObject({
  eventId: z.string().min(1),
  /** A fixed historical year, or a window [from, to] with a yearly probability. */
  year: z.number().int().optional(),
  from: z.number().int().optional(),
  to: z.number().int().optional(),
  probability: Share.default(1),
  /** At most once per game. */
  once: z.boolean().default(true),
});

export const BenchmarkSchema = z.strictObject({
  id: z.string(),
  label: LocalizedSchema,
  value: z.number(),
  unit: z.string(),
  source: z.string(),
});
export type Benchmark = z.infer<typeof BenchmarkSchema>;

const StageRecord = z.strictObject(
  Object.fromEntries(STAGE_IDS.map((s) => [s, z.number()])) as Record<
    (typeof STAGE_IDS)[number],
    z.ZodNumber
  >,
);

export const ScenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  version: z.number().int().min(1),
  title: LocalizedSchema,
  teaches: LocalizedSchema,
  difficulty: z.number().int().min(1).max(3),
  startYear: z.number().int(),
  years: z.number().int().min(3).max(40),
  firm: z.strictObject({
    name: LocalizedSchema,
    cash: NonNegative,
    /** Final-product value of the goods the firm works on in year one, million CNY. */
    productValue: z.number().positive(),
    mode: z.enum(MODES),
    knowledge: NonNegative,
    coreTech: NonNegative,
    design: NonNegative,
    brand: NonNegative,
    process: NonNegative,
    training: NonNegative,
    licensed: NonNegative,
    ipStock: NonNegative,
    patents: z.number().int().min(0),
    buyerConcentration: Share,
    ties: z.partialRecord(z.enum(PARTNER_IDS), Share),
    debt: NonNegative,
  }),
  market: z.strictObject({
    /** Trend growth of foreign buyers' orders per year. */
    worldGrowth: z.number().min(-0.5).max(0.5),
    /** Year-to-year noise (sd) of world demand. */
    worldVolatility: z.number().min(0).max(0.5),
    /** Trend growth of the diversified (own-design, own-brand, domestic) channel. */
    ownGrowth: z.number().min(-0.5).max(0.5),
    /** Wage growth per year (Guangdong minimum wages rose roughly 8–10 % a year 2008–2015). */
    wageGrowth: z.number().min(0).max(0.5),
    /** Nominal product-value growth per year. */
    priceGrowth: z.number().min(-0.2).max(0.2),
    corporateTax: Share,
    /** High and New Technology Enterprise rate and its R&D-intensity condition. */
    hnteTax: Share,
    hnteRndIntensity: Share,
    /** Extra deduction of R&D spending from taxable profit (China's super-deduction). */
    rndSuperDeduction: z.number().min(0).max(2),
    loan: z.strictObject({
      allowed: z.boolean(),
      rate: z.number().min(0).max(1),
      /** Debt may not exceed this multiple of last year's revenue. */
      maxDebtToRevenue: z.number().min(0).max(5),
    }),
  }),
  smileCurve: z.strictObject({
    /** Stage positions on [0, 1]. */
    positions: StageRecord,
    /** m(x) = base + a·(x − x₀)², with aLeft left of x₀ and aRight right of it. */
    base: z.number().positive(),
    bottom: Share,
    aLeft: NonNegative,
    aRight: NonNegative,
    /** Yearly deepening of the curve as manufacturing commoditises (Baldwin & Ito). */
    deepening: z.number().min(0).max(0.2),
  }),
  ecosystem: z.strictObject({
    govIndustryResearch: Share,
    regionalIp: Share,
    hkMacao: Share,
    mncPresence: Share,
  }),
  /** Knowledge reachable through a full-strength tie to each partner type, per year. */
  partnerPools: z.strictObject(
    Object.fromEntries(PARTNER_IDS.map((p) => [p, NonNegative])) as Record<
      (typeof PARTNER_IDS)[number],
      typeof NonNegative
    >,
  ),
  events: z.array(EventScheduleSchema),
  benchmarks: z.array(BenchmarkSchema),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
