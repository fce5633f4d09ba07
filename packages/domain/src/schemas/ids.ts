/**
 * The fixed vocabularies of the model. Decisions, scenarios and reports refer
 * to levers, partner types, stages and mechanisms by these ids.
 */

/** Budget levers a player splits the year's spending across (amounts in million CNY). */
export const LEVER_IDS = [
  'process', // OEM capacity and process upgrading
  'appliedRnd', // own applied R&D and product development
  'basicResearch', // basic research and core technology (§5.1)
  'licensing', // licensing / buying foreign technology (§3.2)
  'training', // training and learning mechanisms: absorptive capacity (§5.2)
  'ties', // building global innovation ties (§3, §3.1)
  'ipProtection', // patenting and IP protection (§4, §5.3)
  'digital', // intelligent transformation (§2)
  'designBrand', // design and brand building (functional upgrading)
] as const;
export type LeverId = (typeof LEVER_IDS)[number];

/** Knowledge sources a firm can tie to (§3.1 lists universities … individuals; §5.1 HK/Macao). */
export const PARTNER_IDS = [
  'university',
  'institute',
  'government',
  'nonprofit',
  'talent', // individuals and global talent
  'mncRnd', // R&D centres of multinational corporations
  'hkMacao', // Hong Kong and Macao partners (Greater Bay Area)
  'overseasRnd', // the firm's own R&D centre abroad
] as const;
export type PartnerId = (typeof PARTNER_IDS)[number];

/** Stages of Stan Shih's smile curve, left (upstream) to right (downstream). */
export const STAGE_IDS = [
  'rnd',
  'design',
  'keyComponents',
  'assembly',
  'logistics',
  'marketing',
  'brandServices',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const MODES = ['OEM', 'ODM', 'OBM'] as const;
export type Mode = (typeof MODES)[number];

/** Every mechanism a report line can name, so the game can explain it. */
export const MECHANISM_IDS = [
  'gvcEmbedding',
  'lowEndLockIn',
  'gicEmbedding',
  'searchCosts',
  'absorptiveCapacity',
  'knowledgeProduction',
  'knowledgeSpillover',
  'illusionOfProgress',
  'virtuousCircle',
  'functionalUpgrading',
  'smileCurve',
  'intelligentTransformation',
  'regionalEcosystem',
  'worldMarketExposure',
  'governanceMaturity',
  'liquidity',
  'event',
] as const;
export type MechanismId = (typeof MECHANISM_IDS)[number];

export const DIGITAL_PHASES = ['none', 'digital', 'networked', 'intelligent'] as const;
export type DigitalPhase = (typeof DIGITAL_PHASES)[number];
