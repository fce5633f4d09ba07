import type { DomainErrorCode } from '@smile-curve/domain';

/** The domain's error codes in English (the domain's own messages are English too). */
export const domainErrorsEn: Record<DomainErrorCode, string> = {
  'input/invalid': 'A value is not valid.',
  'scenario/unknown': 'Unknown scenario.',
  'scenario/version_mismatch': 'This game was made by another version of the model.',
  'game/over': 'The game is over.',
  'game/unfinished': 'The game is not finished.',
  'decision/unknown_lever': 'Unknown spending lever.',
  'decision/over_budget': 'You are spending more than you have.',
  'decision/missing_event_answer': 'Choose an option for this event.',
  'decision/unknown_event': 'This event is not on this year’s cards.',
  'decision/unknown_option': 'That is not an option of this event.',
  'decision/loan_not_allowed': 'This scenario has no bank loans.',
  'decision/over_credit_limit': 'The bank will not lend that much.',
  'decision/over_repay': 'You cannot repay more than you owe.',
};
