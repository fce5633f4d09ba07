import type { LearnKey } from '../i18n/learn.js';

/** The seven steps, in order. */
export const STEP_IDS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Each step's check question: three answers, the index of the right one. */
export const CORRECT: Record<StepId, 0 | 1 | 2> = {
  s1: 1,
  s2: 0,
  s3: 1,
  s4: 1,
  s5: 1,
  s6: 1,
  s7: 2,
};

/** A step's catalogue keys, spelt out so a test can tell used keys from unused ones. */
export interface StepText {
  readonly title: LearnKey;
  readonly q: LearnKey;
  readonly answers: readonly [LearnKey, LearnKey, LearnKey];
  readonly why: LearnKey;
}

export const STEP_TEXT: Record<StepId, StepText> = {
  s1: {
    title: 's1.title',
    q: 's1.q',
    answers: ['s1.a0', 's1.a1', 's1.a2'],
    why: 's1.why',
  },
  s2: {
    title: 's2.title',
    q: 's2.q',
    answers: ['s2.a0', 's2.a1', 's2.a2'],
    why: 's2.why',
  },
  s3: {
    title: 's3.title',
    q: 's3.q',
    answers: ['s3.a0', 's3.a1', 's3.a2'],
    why: 's3.why',
  },
  s4: {
    title: 's4.title',
    q: 's4.q',
    answers: ['s4.a0', 's4.a1', 's4.a2'],
    why: 's4.why',
  },
  s5: {
    title: 's5.title',
    q: 's5.q',
    answers: ['s5.a0', 's5.a1', 's5.a2'],
    why: 's5.why',
  },
  s6: {
    title: 's6.title',
    q: 's6.q',
    answers: ['s6.a0', 's6.a1', 's6.a2'],
    why: 's6.why',
  },
  s7: {
    title: 's7.title',
    q: 's7.q',
    answers: ['s7.a0', 's7.a1', 's7.a2'],
    why: 's7.why',
  },
};

/** Whether an answer is right. */
export function isRight(step: StepId, answer: number): boolean {
  return CORRECT[step] === answer;
}

/** How many answers in a record of answers are right. */
export function rightCount(answers: Partial<Record<StepId, number>>): number {
  return STEP_IDS.filter((s) => answers[s] !== undefined && isRight(s, answers[s])).length;
}
