import { describe, expect, it } from 'vitest';
import {
  budgetPreview,
  fieldForPath,
  parseAmount,
  toDecision,
  type FormValues,
} from './decision-form.js';

const empty: FormValues = {
  levers: [
    ['process', ''],
    ['appliedRnd', '0'],
    ['ties', ''],
  ],
  borrow: '',
  repay: '',
  partners: ['university'],
  answers: {},
};

describe('decision form', () => {
  it('reads empty as zero and passes anything else on for the domain to judge', () => {
    expect(parseAmount('')).toBe(0);
    expect(parseAmount(' 12 ')).toBe(12);
    expect(parseAmount('2.5')).toBe(2.5);
    expect(parseAmount('abc')).toBeNaN();
  });

  it('builds a decision with only the levers used', () => {
    expect(toDecision(empty)).toEqual({ spend: {} });
    const d = toDecision({
      ...empty,
      levers: [
        ['process', '3'],
        ['ties', '4'],
      ],
      borrow: '10',
      answers: { 'wage-rise': 'automate' },
    });
    expect(d).toEqual({
      spend: { process: 3, ties: 4 },
      partners: ['university'],
      borrow: 10,
      answers: { 'wage-rise': 'automate' },
    });
  });

  it('previews planned spending, options included, against cash and borrowing', () => {
    const values = {
      ...empty,
      levers: [['process', '5']] as const,
      borrow: '10',
      repay: '2',
      answers: { e: 'o' },
    };
    expect(budgetPreview(60, values, () => 8)).toEqual({ planned: 13, available: 68, left: 55 });
    expect(budgetPreview(60, { ...empty, levers: [['process', 'x']] }, () => 0).planned).toBe(0);
  });

  it('puts each domain error next to the field its path names', () => {
    expect(fieldForPath(['spend', 'process'])).toEqual({ kind: 'lever', lever: 'process' });
    expect(fieldForPath(['spend'])).toEqual({ kind: 'total' });
    expect(fieldForPath(['borrow'])).toEqual({ kind: 'borrow' });
    expect(fieldForPath(['partners', 3])).toEqual({ kind: 'partners' });
    expect(fieldForPath(['answers', 'pandemic'])).toEqual({ kind: 'event', eventId: 'pandemic' });
    expect(fieldForPath(undefined)).toEqual({ kind: 'form' });
    expect(fieldForPath(['decisions', 0])).toEqual({ kind: 'form' });
  });
});
