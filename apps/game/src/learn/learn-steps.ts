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

/** A step's catalogue key (`s3.title`, `s3.q` …), typed against the catalogue. */
export function stepKey(step: StepId, part: string): LearnKey {
  return `${step}.${part}` as LearnKey;
}

/** Whether an answer is right. */
export function isRight(step: StepId, answer: number): boolean {
  return CORRECT[step] === answer;
}

/** How many answers in a record of answers are right. */
export function rightCount(answers: Partial<Record<StepId, number>>): number {
  return STEP_IDS.filter((s) => answers[s] !== undefined && isRight(s, answers[s])).length;
}
