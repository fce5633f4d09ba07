import type { Decision } from './decision.js';
import { LEVER_IDS, PARTNER_IDS, type PartnerId } from './ids.js';
import { MAX_AMOUNT, MAX_LOG_LENGTH } from './parse-decision.js';

/**
 * A compact, canonical, JSON-serialisable form of a decision log, for
 * submitting and storing runs (a verbose log of 20 years is ~3 KB; this is
 * about a third of it).
 *
 * `[format, year₁, year₂, …]`. Each year is an array: the spend amounts in
 * LEVER_IDS order with trailing zeros trimmed, then — only when needed — one
 * object of extras: `p` partner types as PARTNER_IDS indices, `a` event
 * answers, `b` borrow, `r` repay, `z` indices of levers given an explicit 0,
 * `x` spend keys that are not lever ids (the engine refuses them with
 * `decision/unknown_lever`, so they must survive the trip). The format tag
 * carries a hash of the lever and partner lists, so a log encoded for another
 * list is refused instead of being misread.
 */
export interface EncodedExtras {
  p?: number[];
  a?: Record<string, string>;
  b?: number;
  r?: number;
  z?: number[];
  x?: Record<string, number>;
}
export type EncodedYear = (number | EncodedExtras)[];
export type EncodedDecisionLog = [string, ...EncodedYear[]];

export type DecodedLog =
  { ok: true; value: Decision[] } | { ok: false; message: string; path: (string | number)[] };

/** FNV-1a over the vocabularies, base 36: changes whenever a lever or partner id changes. */
function vocabularyHash(): string {
  let h = 0x811c9dc5;
  const text = `${LEVER_IDS.join(',')}|${PARTNER_IDS.join(',')}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The leading tag of every encoded log: format version 1 and the vocabulary hash. */
export const DECISION_LOG_FORMAT = `dl1.${vocabularyHash()}`;

export const EXTRA_KEYS = ['p', 'a', 'b', 'r', 'z', 'x'] as const;
const LEVER_INDEX: ReadonlyMap<string, number> = new Map(LEVER_IDS.map((id, i) => [id, i]));

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Sets an own property even for a key like "__proto__" (plain assignment would set the prototype). */
function setOwn<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}

/** One decision in the compact form. */
export function encodeDecision(d: Decision): EncodedYear {
  const amounts: number[] = [];
  const zeros: number[] = [];
  const extraSpend: Record<string, number> = {};
  for (const [i, lever] of LEVER_IDS.entries()) {
    if (!own(d.spend, lever)) continue;
    const amount = d.spend[lever] as number;
    while (amounts.length < i) amounts.push(0);
    amounts[i] = amount;
    if (amount === 0) zeros.push(i);
  }
  for (const key of Object.keys(d.spend)) {
    if (!LEVER_INDEX.has(key)) setOwn(extraSpend, key, d.spend[key] as number);
  }
  while (amounts.length > 0 && amounts[amounts.length - 1] === 0) amounts.pop();
  const extras: EncodedExtras = {};
  if (d.partners) extras.p = d.partners.map((p) => PARTNER_IDS.indexOf(p));
  if (d.answers) extras.a = { ...d.answers };
  if (d.borrow !== undefined) extras.b = d.borrow;
  if (d.repay !== undefined) extras.r = d.repay;
  if (zeros.length > 0) extras.z = zeros;
  if (Object.keys(extraSpend).length > 0) extras.x = extraSpend;
  return Object.keys(extras).length > 0 ? [...amounts, extras] : amounts;
}

/** A decision log in the compact canonical form (see EncodedDecisionLog). */
export function encodeDecisionLog(decisions: readonly Decision[]): EncodedDecisionLog {
  return [DECISION_LOG_FORMAT, ...decisions.map(encodeDecision)];
}

type Fail = { ok: false; message: string; path: (string | number)[] };

function fail(path: (string | number)[], message: string): Fail {
  const where =
    typeof path[0] === 'number'
      ? `year ${path[0] + 1} of the log${path.length > 1 ? `, ${path.slice(1).join('.')}` : ''}`
      : 'decision log';
  return { ok: false, message: `${where}: ${message}`, path };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

function isAmount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_AMOUNT;
}

const AMOUNT = `expected a whole number from 0 to ${MAX_AMOUNT}`;

/** Reads one encoded year into a decision, or says which field is wrong. */
function decodeYear(raw: unknown, i: number): { ok: true; value: Decision } | Fail {
  if (!Array.isArray(raw)) return fail([i], 'expected an array of lever amounts');
  const last: unknown = raw[raw.length - 1];
  const extrasIn = raw.length > 0 && isPlainObject(last) ? last : undefined;
  const n = extrasIn ? raw.length - 1 : raw.length;
  if (n > LEVER_IDS.length) return fail([i, 'spend'], `at most ${LEVER_IDS.length} lever amounts`);
  const spend: Record<string, number> = {};
  for (let j = 0; j < n; j++) {
    const amount: unknown = raw[j];
    const lever = LEVER_IDS[j] as string;
    if (!isAmount(amount)) return fail([i, 'spend', lever], AMOUNT);
    if (amount > 0) spend[lever] = amount;
  }
  if (n > 0 && raw[n - 1] === 0) return fail([i, 'spend'], 'not canonical: trailing zero amount');
  const decision: Decision = { spend };
  if (!extrasIn) return { ok: true, value: decision };
  const keys = Object.keys(extrasIn);
  if (keys.length === 0) return fail([i], 'not canonical: empty extras object');
  for (const key of keys) {
    if (!(EXTRA_KEYS as readonly string[]).includes(key)) return fail([i, key], 'unrecognized key');
  }
  const { p, a, b, r, z, x } = extrasIn;
  if (z !== undefined) {
    if (!Array.isArray(z) || z.length === 0) return fail([i, 'spend'], 'z: expected lever indices');
    let previous = -1;
    for (const index of z as unknown[]) {
      if (typeof index !== 'number' || !Number.isInteger(index) || index <= previous)
        return fail([i, 'spend'], 'z: expected increasing lever indices');
      const lever = LEVER_IDS[index];
      if (lever === undefined) return fail([i, 'spend'], `z: no lever ${index}`);
      if (own(spend, lever)) return fail([i, 'spend', lever], 'z: lever has an amount');
      spend[lever] = 0;
      previous = index;
    }
  }
  if (x !== undefined) {
    if (!isPlainObject(x) || Object.keys(x).length === 0)
      return fail([i, 'spend'], 'x: expected an object of extra spend keys');
    for (const key of Object.keys(x)) {
      if (LEVER_INDEX.has(key))
        return fail([i, 'spend', key], 'x: a lever id belongs in the amounts');
      if (key.length > 40) return fail([i, 'spend', key], 'lever id too long');
      if (!isAmount(x[key])) return fail([i, 'spend', key], AMOUNT);
      setOwn(spend, key, x[key]);
    }
  }
  if (p !== undefined) {
    if (!Array.isArray(p)) return fail([i, 'partners'], 'expected an array of partner indices');
    if (p.length < 1 || p.length > 3) return fail([i, 'partners'], 'expected 1 to 3 partner types');
    const partners: PartnerId[] = [];
    for (const [k, index] of (p as unknown[]).entries()) {
      const partner = typeof index === 'number' ? PARTNER_IDS[index] : undefined;
      if (partner === undefined || !Number.isInteger(index))
        return fail([i, 'partners', k], 'unknown partner type');
      partners.push(partner);
    }
    decision.partners = partners;
  }
  if (a !== undefined) {
    if (!isPlainObject(a)) return fail([i, 'answers'], 'expected an object of event answers');
    const answers: Record<string, string> = {};
    for (const eventId of Object.keys(a)) {
      const option = a[eventId];
      if (eventId.length > 60) return fail([i, 'answers', eventId], 'event id too long');
      if (typeof option !== 'string' || option.length > 60)
        return fail([i, 'answers', eventId], 'expected an option id');
      setOwn(answers, eventId, option);
    }
    decision.answers = answers;
  }
  if (b !== undefined) {
    if (!isAmount(b)) return fail([i, 'borrow'], AMOUNT);
    decision.borrow = b;
  }
  if (r !== undefined) {
    if (!isAmount(r)) return fail([i, 'repay'], AMOUNT);
    decision.repay = r;
  }
  return { ok: true, value: decision };
}

/**
 * Reads an encoded log back into decisions. Refuses what DecisionLogSchema
 * refuses (at most 40 years, whole amounts 0–1,000,000, 1–3 known partner
 * types, ids within their lengths), a log for another lever list, and
 * non-canonical forms; every error names the year and the field.
 */
export function decodeDecisionLog(input: unknown): DecodedLog {
  if (!Array.isArray(input) || typeof input[0] !== 'string')
    return fail([], `expected an array starting with the format tag "${DECISION_LOG_FORMAT}"`);
  const tag = input[0];
  if (tag !== DECISION_LOG_FORMAT) {
    return fail(
      [],
      `format "${tag}" is not "${DECISION_LOG_FORMAT}" (another format version or lever list)`,
    );
  }
  if (input.length - 1 > MAX_LOG_LENGTH) return fail([], `at most ${MAX_LOG_LENGTH} years`);
  const decisions: Decision[] = [];
  for (let i = 1; i < input.length; i++) {
    const year = decodeYear(input[i], i - 1);
    if (!year.ok) return year;
    decisions.push(year.value);
  }
  return { ok: true, value: decisions };
}
