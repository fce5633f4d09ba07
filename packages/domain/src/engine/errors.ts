/** Errors are values with namespaced codes; only programmer mistakes throw. */
export type DomainErrorCode =
  | 'input/invalid'
  | 'scenario/unknown'
  | 'scenario/version_mismatch'
  | 'game/over'
  | 'game/unfinished'
  | 'decision/unknown_lever'
  | 'decision/over_budget'
  | 'decision/missing_event_answer'
  | 'decision/unknown_event'
  | 'decision/unknown_option'
  | 'decision/loan_not_allowed'
  | 'decision/over_credit_limit'
  | 'decision/over_repay';

export interface DomainError {
  readonly code: DomainErrorCode;
  readonly message: string;
  /** Where in the input the problem is (zod issue path or field name). */
  readonly path?: readonly (string | number)[];
}

export function domainError(
  code: DomainErrorCode,
  message: string,
  path?: readonly (string | number)[],
): DomainError {
  return path === undefined ? { code, message } : { code, message, path };
}
