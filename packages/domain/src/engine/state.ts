import type { PrngState } from '../prng/prng.js';
import type { Mode, PartnerId } from '../schemas/ids.js';
import type { MilestoneId } from './report.js';

/** The regional innovation ecosystem the firm works in (§5.1, §5.3). */
export interface Ecosystem {
  readonly govIndustryResearch: number;
  readonly regionalIp: number;
  readonly hkMacao: number;
  readonly mncPresence: number;
}

/** Everything about the firm that carries from one year to the next. Plain data. */
export interface FirmState {
  readonly cash: number;
  readonly debt: number;
  readonly mode: Mode;
  /** Own knowledge stock K (index units). */
  readonly knowledge: number;
  /** Core technology from basic research. */
  readonly coreTech: number;
  readonly design: number;
  readonly brand: number;
  /** Process-upgrading stock (OEM capacity and process). */
  readonly process: number;
  /** Training and learning-mechanism stock. */
  readonly training: number;
  /** Licensed foreign technology in use. */
  readonly licensed: number;
  readonly ipStock: number;
  readonly patents: number;
  readonly buyerConcentration: number;
  /** Tie strength (0–1) to each partner type, in PARTNER_IDS order. */
  readonly ties: readonly number[];
  /** Partner types the ties budget targets (kept until changed). */
  readonly partners: readonly PartnerId[];
  /** Successful partner matches so far: each lowers later search costs. */
  readonly matches: number;
  readonly digitalSpend: number;
  /** 0 none, 1 digital, 2 digital-networked, 3 new-generation intelligent. */
  readonly digitalPhase: number;
  readonly wage: number;
  readonly priceLevel: number;
  readonly worldDemand: number;
  readonly ownDemand: number;
  readonly pureOemYears: number;
  readonly lockedIn: boolean;
  readonly lockInRisk: number;
  readonly ecosystem: Ecosystem;
  /** Knowledge absorbed from outside, and created in-house, over the whole game. */
  readonly absorbedTotal: number;
  readonly createdTotal: number;
}

/** What one year produced: the numbers behind the indicators. */
export interface YearOutcome {
  readonly year: number;
  readonly productValue: number;
  readonly revenue: number;
  readonly valueAdded: number;
  readonly valueAddedShare: number;
  /** Foreign value added embodied in the firm's exports (imported parts, royalties). */
  readonly foreignValue: number;
  /** The firm's value added in parts that other exporters re-export. */
  readonly indirectValue: number;
  readonly labourCost: number;
  readonly overhead: number;
  readonly royalties: number;
  readonly spend: number;
  readonly rndSpend: number;
  readonly interest: number;
  readonly eventCash: number;
  readonly tax: number;
  readonly netProfit: number;
  readonly efficiency: number;
  readonly absorptiveCapacity: number;
  readonly absorbed: number;
  readonly created: number;
  readonly smilePosition: number;
  readonly upstreamness: number;
}

export type GameStatus = 'playing' | 'finished' | 'bankrupt';

export interface TrailPoint {
  readonly year: number;
  readonly position: number;
  readonly valueAddedShare: number;
  readonly mode: Mode;
}

export interface GameState {
  readonly engineVersion: string;
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly seed: number;
  /** Index of the year to decide next (0-based). */
  readonly turn: number;
  readonly year: number;
  readonly status: GameStatus;
  readonly prng: PrngState;
  readonly firm: FirmState;
  /** Event ids drawn for the year to decide. */
  readonly pending: readonly string[];
  /** Events that happened already (for once-only events). */
  readonly fired: readonly string[];
  readonly last: YearOutcome | null;
  readonly trail: readonly TrailPoint[];
  readonly milestones: readonly MilestoneId[];
  readonly totals: { readonly profit: number; readonly valueAdded: number };
}
