import type { Decision, LeverId, PartnerId } from '@smile-curve/domain';

/** What the Play form holds, as typed by the player. */
export interface FormValues {
  /** Lever amounts as text, in LEVER_IDS order. */
  readonly levers: readonly (readonly [LeverId, string])[];
  readonly borrow: string;
  readonly repay: string;
  readonly partners: readonly PartnerId[];
  /** Event id → chosen option id (cards without a choice are left out). */
  readonly answers: Readonly<Record<string, string>>;
}

/**
 * An amount as typed: empty means 0; anything else goes to the domain as a
 * number (NaN or 2.5 included) so that the domain, not the form, decides
 * what is valid and says why.
 */
export function parseAmount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : Number(trimmed);
}

/** The decision the form describes. Partners go with it only when the ties lever is used. */
export function toDecision(values: FormValues): Decision {
  const spend: Record<string, number> = {};
  for (const [lever, text] of values.levers) {
    const amount = parseAmount(text);
    if (amount !== 0) spend[lever] = amount;
  }
  const decision: Decision = { spend };
  if ((spend.ties ?? 0) !== 0) decision.partners = [...values.partners];
  if (Object.keys(values.answers).length > 0) decision.answers = { ...values.answers };
  const borrow = parseAmount(values.borrow);
  const repay = parseAmount(values.repay);
  if (borrow !== 0) decision.borrow = borrow;
  if (repay !== 0) decision.repay = repay;
  return decision;
}

export interface BudgetPreview {
  readonly planned: number;
  readonly available: number;
  readonly left: number;
}

/**
 * The live preview beside the form: planned spending (levers and chosen event
 * options) against cash plus borrowing minus repayment. The domain still has
 * the last word when the year is ended.
 */
export function budgetPreview(
  cash: number,
  values: FormValues,
  optionCost: (eventId: string, optionId: string) => number,
): BudgetPreview {
  const amount = (text: string): number => {
    const n = parseAmount(text);
    return Number.isFinite(n) ? n : 0;
  };
  let planned = 0;
  for (const [, text] of values.levers) planned += amount(text);
  for (const [eventId, optionId] of Object.entries(values.answers)) {
    planned += optionCost(eventId, optionId);
  }
  const available = cash + amount(values.borrow) - amount(values.repay);
  return { planned, available, left: available - planned };
}

/** Where a domain error belongs in the form, from its path. */
export type FieldKey =
  | { readonly kind: 'lever'; readonly lever: string }
  | { readonly kind: 'total' }
  | { readonly kind: 'borrow' }
  | { readonly kind: 'repay' }
  | { readonly kind: 'partners' }
  | { readonly kind: 'event'; readonly eventId: string }
  | { readonly kind: 'form' };

export function fieldForPath(path: readonly (string | number)[] | undefined): FieldKey {
  const [head, second] = path ?? [];
  switch (head) {
    case 'spend':
      return typeof second === 'string' ? { kind: 'lever', lever: second } : { kind: 'total' };
    case 'borrow':
      return { kind: 'borrow' };
    case 'repay':
      return { kind: 'repay' };
    case 'partners':
      return { kind: 'partners' };
    case 'answers':
      return typeof second === 'string' ? { kind: 'event', eventId: second } : { kind: 'form' };
    default:
      return { kind: 'form' };
  }
}
