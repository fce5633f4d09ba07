import type { DomainErrorCode } from '@smile-curve/domain';
import type { Lang } from '../app/settings.js';
import { domainErrorsEn } from '../i18n/domain-errors-en.js';
import { domainErrorsZh } from '../i18n/domain-errors-zh.js';
import { tIn, type UiKey, type Values } from '../i18n/i18n.js';

/**
 * How a failed call should be handled and explained: a catalogue key and its
 * values, never the server's English (which only fills the fallback for a
 * code the game does not know).
 */
export interface NetProblem {
  /** `unreachable`: try again later (network down, server not answering or not ready). `refused`: final. */
  readonly kind: 'unreachable' | 'refused';
  readonly key: UiKey;
  readonly values?: Values;
  /** A replay refusal: the domain's reason, said in the player's language. */
  readonly domainCode?: DomainErrorCode;
}

interface ErrorData {
  readonly code?: unknown;
  readonly httpStatus?: unknown;
  readonly domainCode?: unknown;
  readonly year?: unknown;
  readonly zodIssues?: unknown;
}

const DOMAIN_ERRORS: Record<Lang, Record<DomainErrorCode, string>> = {
  en: domainErrorsEn,
  zh: domainErrorsZh,
};

function isDomainErrorCode(code: string): code is DomainErrorCode {
  return Object.hasOwn(domainErrorsEn, code);
}

/** What each tRPC refusal means to a player, whatever the server's wording. */
const REFUSALS: Readonly<Record<string, UiKey>> = {
  BAD_REQUEST: 'net.badRequest',
  PARSE_ERROR: 'net.badRequest',
  UNPROCESSABLE_CONTENT: 'net.badRequest',
  UNAUTHORIZED: 'net.unauthorized',
  FORBIDDEN: 'net.forbidden',
  NOT_FOUND: 'net.notFound',
  CONFLICT: 'net.conflict',
  PRECONDITION_FAILED: 'net.closed',
  PAYLOAD_TOO_LARGE: 'net.tooLarge',
};

/** Whether the server refused the input field at `path` (its flattened zod issues). */
function refusedField(data: ErrorData, path: string): boolean {
  return (
    Array.isArray(data.zodIssues) &&
    data.zodIssues.some(
      (issue: unknown) =>
        typeof issue === 'object' && issue !== null && 'path' in issue && issue.path === path,
    )
  );
}

function dataOf(err: unknown): ErrorData | null {
  if (typeof err !== 'object' || err === null || !('data' in err)) return null;
  const data = err.data;
  return typeof data === 'object' && data !== null ? data : null;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A replay the server refused: the domain's code and the game year it failed in (null: before the first). */
function replayRefusal(err: unknown, domainCode: string, year: unknown): NetProblem {
  if (!isDomainErrorCode(domainCode)) {
    return {
      kind: 'refused',
      key: 'net.replayRefusedUnknown',
      values: { code: domainCode, message: messageOf(err) },
    };
  }
  return typeof year === 'number'
    ? { kind: 'refused', key: 'net.replayRefused', values: { year }, domainCode }
    : { kind: 'refused', key: 'net.replayRefusedStart', domainCode };
}

/** Turns anything a tRPC call throws into a translatable problem (see `problemTextIn`). */
export function describeNetError(err: unknown): NetProblem {
  const data = dataOf(err);
  const code = typeof data?.code === 'string' ? data.code : null;
  const status = typeof data?.httpStatus === 'number' ? data.httpStatus : null;
  if (!data || code === null) return { kind: 'unreachable', key: 'net.unreachable' };
  if (status !== null && status >= 500) return { kind: 'unreachable', key: 'net.serverDown' };
  if (code === 'NOT_FOUND' && status === 404 && messageOf(err).includes('No procedure')) {
    return { kind: 'unreachable', key: 'net.notReady' };
  }
  if (code === 'TOO_MANY_REQUESTS' || code === 'TIMEOUT') {
    return { kind: 'unreachable', key: 'net.busy' };
  }
  if (typeof data.domainCode === 'string') return replayRefusal(err, data.domainCode, data.year);
  // The server's nickname rules explain themselves in English; say it in the player's language.
  if (code === 'BAD_REQUEST' && refusedField(data, 'nickname')) {
    return { kind: 'refused', key: 'net.badNickname' };
  }
  const key = REFUSALS[code];
  if (key) return { kind: 'refused', key };
  // A code the game does not know: name it, and keep the server's words as the detail.
  return { kind: 'refused', key: 'net.refused', values: { code, message: messageOf(err) } };
}

/** A problem in words, in one language. */
export function problemTextIn(language: Lang, problem: NetProblem): string {
  const reason = problem.domainCode ? DOMAIN_ERRORS[language][problem.domainCode] : undefined;
  return tIn(language, problem.key, { ...problem.values, ...(reason ? { reason } : {}) });
}
