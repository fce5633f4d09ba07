export { ENGINE_VERSION } from './version.js';
export * from './prng/prng.js';
export { exp, ln, pow, logistic, clamp, round } from './math/det-math.js';
export * from './schemas/ids.js';
export { DecisionSchema, DecisionLogSchema, type Decision } from './schemas/decision.js';
export { parseDecision, MAX_LOG_LENGTH, MAX_AMOUNT } from './schemas/parse-decision.js';
export {
  encodeDecisionLog,
  decodeDecisionLog,
  DECISION_LOG_FORMAT,
  type EncodedDecisionLog,
  type EncodedYear,
  type EncodedExtras,
  type DecodedLog,
} from './schemas/decision-log-codec.js';
export { EncodedDecisionLogSchema } from './schemas/encoded-decision-log.js';
export {
  ScenarioSchema,
  EffectSchema,
  EventDefinitionSchema,
  LocalizedSchema,
  type Scenario,
  type EventDefinition,
  type Effect,
  type Localized,
  type Benchmark,
} from './schemas/scenario.js';
export { PARAMS } from './model/parameters.js';
export { listScenarios, getScenario, getEvent, DEFAULT_SCENARIO_ID } from './scenarios/index.js';
export { newGame, decide, type NewGameResult, type DecideResult } from './engine/game.js';
export { replay, type ReplayInput, type ReplayResult } from './engine/replay.js';
export { indicators, indicatorsOf, type Indicators } from './engine/indicators.js';
export { score, type ScoreBreakdown } from './engine/score.js';
export { budgetOf } from './engine/validate.js';
export type { DomainError, DomainErrorCode } from './engine/errors.js';
export type {
  GameState,
  FirmState,
  YearOutcome,
  TrailPoint,
  GameStatus,
  Ecosystem,
} from './engine/state.js';
export { REPORT_KEYS, MILESTONE_IDS } from './engine/report.js';
export type { YearReport, ReportLine, ReportKey, MilestoneId } from './engine/report.js';
export { strategies, type Strategy } from './strategies/index.js';
export { ARCHETYPES, randomStrategy, type ArchetypeName } from './strategies/index.js';
export { playGame, continueGame, type PlayedGame } from './engine/simulate.js';
export { sweep, archetypeStrategies, type SweepRow } from './analysis/sweep.js';
/** The mechanisms themselves, so Learn mode computes its numbers with the game's own functions. */
export {
  stageMargin,
  stageWeights,
  stagePositions,
  stageCapabilities,
  capturedShare,
  STAGE_CEILING,
  type StageValues,
  type CapabilityInputs,
} from './mechanisms/smile-curve.js';
export { absorptiveCapacity, knowledgeProduced } from './mechanisms/knowledge.js';
export { lockInRisk, nextLockedIn, type LockInInputs } from './mechanisms/lock-in.js';
export { matchProbability, nextTieStrength } from './mechanisms/gic-ties.js';
export { reachableKnowledge, partnerWillingness } from './mechanisms/spillover.js';
export {
  licenceEfficiencyGain,
  licenceLearning,
  foreignDependence,
} from './mechanisms/licensing.js';
export { globalBoard, dailyBoard, classroomBoard, dailySeed } from './boards/boards.js';
