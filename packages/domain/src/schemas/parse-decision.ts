import type { Decision } from './decision.js';
import { PARTNER_IDS, type PartnerId } from './ids.js';

/**
 * The engine's own decision parser: the same rules as DecisionSchema (zod),
 * written out by hand because the server replays every submitted year and
 * zod costs more than the simulation itself. A property test keeps the two in
 * agreement; DecisionSchema stays the published boundary schema.
 */
export type ParsedDecision =
  { ok: true; value: Decision } | { ok: false; path: (string | number)[]; message: string };

export const MAX_AMOUNT = 1_000_000;
const PARTNERS: ReadonlySet<string> = new Set(PARTNER_IDS);

/** DecisionSchema's keys. A switch: property names are interned, so each case is one comparison. */
function isDecisionKey(key: string): boolean {
  switch (key) {
    case 'spend':
    case 'partners':
    case 'answers':
    case 'borrow':
    case 'repay':
      return true;
    default:
      return false;
  }
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

function isAmount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_AMOUNT;
}

const fail = (path: (string | number)[], message: string): ParsedDecision => ({
  ok: false,
  path,
  message,
});

/**
 * zod (DecisionSchema's records) skips an own "__proto__" key altogether: its
 * value is neither checked nor kept, because assigning it would replace the
 * result's prototype. The parser does the same so both accept the same inputs
 * and give equal values (JSON.parse makes such keys own properties).
 */
const PROTO = '__proto__';

/** A copy of `record` without its own "__proto__" key (rare: only then is a record copied). */
function withoutProto<T>(record: Record<string, T>): Record<string, T> {
  const copy: Record<string, T> = {};
  for (const key in record) if (key !== PROTO) copy[key] = record[key] as T;
  return copy;
}

export function parseDecision(input: unknown): ParsedDecision {
  const parsed = parseDecisionFields(input);
  if (!parsed.ok) return parsed;
  // Only the keys present, in DecisionSchema's order, as zod gives them.
  const f = parsed.value;
  const decision: Decision = { spend: f.spend };
  if (f.partners !== undefined) decision.partners = f.partners;
  if (f.answers !== undefined) decision.answers = f.answers;
  if (f.borrow !== undefined) decision.borrow = f.borrow;
  if (f.repay !== undefined) decision.repay = f.repay;
  return { ok: true, value: decision };
}

/**
 * parseDecision's result with every key present (undefined when absent): one
 * object shape for every decision, which the engine reads faster than the
 * many shapes of key sets players send. The same checks and the same values.
 */
export function parseDecisionFields(input: unknown): ParsedDecision {
  if (!isPlainObject(input)) return fail([], 'expected an object');
  for (const key in input) {
    if (!isDecisionKey(key)) return fail([key], 'unrecognized key');
  }
  const spendIn = input.spend;
  if (!isPlainObject(spendIn)) return fail(['spend'], 'expected an object of lever amounts');
  let spendHasProto = false;
  for (const lever in spendIn) {
    if (lever === PROTO) {
      spendHasProto = true;
      continue;
    }
    if (lever.length > 40) return fail(['spend', lever], 'lever id too long');
    if (!isAmount(spendIn[lever]))
      return fail(['spend', lever], `expected a whole number from 0 to ${MAX_AMOUNT}`);
  }
  // Checked in place, not copied: the engine never mutates a decision.
  const spend = spendIn as Record<string, number>;
  const decision: Decision = {
    spend: spendHasProto ? withoutProto(spend) : spend,
    partners: undefined,
    answers: undefined,
    borrow: undefined,
    repay: undefined,
  };

  const partners = input.partners;
  if (partners !== undefined) {
    if (!Array.isArray(partners)) return fail(['partners'], 'expected an array');
    if (partners.length < 1 || partners.length > 3)
      return fail(['partners'], 'expected 1 to 3 partner types');
    for (let i = 0; i < partners.length; i++) {
      const p: unknown = partners[i];
      if (typeof p !== 'string' || !PARTNERS.has(p))
        return fail(['partners', i], 'unknown partner type');
    }
    decision.partners = partners as PartnerId[];
  }
  const answersIn = input.answers;
  if (answersIn !== undefined) {
    if (!isPlainObject(answersIn)) return fail(['answers'], 'expected an object of event answers');
    let answersHaveProto = false;
    for (const eventId in answersIn) {
      if (eventId === PROTO) {
        answersHaveProto = true;
        continue;
      }
      const option = answersIn[eventId];
      if (eventId.length > 60) return fail(['answers', eventId], 'event id too long');
      if (typeof option !== 'string' || option.length > 60)
        return fail(['answers', eventId], 'expected an option id');
    }
    // Checked in place like spend; a plain-assignment copy used to drop "__proto__" silently.
    const answers = answersIn as Record<string, string>;
    decision.answers = answersHaveProto ? withoutProto(answers) : answers;
  }
  const borrow = input.borrow;
  if (borrow !== undefined) {
    if (!isAmount(borrow))
      return fail(['borrow'], `expected a whole number from 0 to ${MAX_AMOUNT}`);
    decision.borrow = borrow;
  }
  const repay = input.repay;
  if (repay !== undefined) {
    if (!isAmount(repay)) return fail(['repay'], `expected a whole number from 0 to ${MAX_AMOUNT}`);
    decision.repay = repay;
  }
  return { ok: true, value: decision };
}

/** The most decisions a log may hold (DecisionLogSchema agrees). */
export const MAX_LOG_LENGTH = 40;
