import type { UiKey, Values } from '../i18n/i18n.js';

/** How a failed call should be handled and explained. */
export interface NetProblem {
  /** `unreachable`: try again later (network down, server not answering or not ready). `refused`: final. */
  readonly kind: 'unreachable' | 'refused';
  readonly key: UiKey;
  readonly values?: Values;
}

interface ErrorData {
  readonly code?: unknown;
  readonly httpStatus?: unknown;
  readonly domainCode?: unknown;
  readonly year?: unknown;
  readonly zodIssues?: unknown;
}

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

/** Turns anything a tRPC call throws into a readable, translatable message. */
export function describeNetError(err: unknown): NetProblem {
  const data = dataOf(err);
  const code = typeof data?.code === 'string' ? data.code : null;
  const status = typeof data?.httpStatus === 'number' ? data.httpStatus : null;
  if (!data || code === null) return { kind: 'unreachable', key: 'net.unreachable' };
  if (status !== null && status >= 500) return { kind: 'unreachable', key: 'net.serverDown' };
  if (code === 'NOT_FOUND' && status === 404 && messageOf(err).includes('No procedure')) {
    return { kind: 'unreachable', key: 'net.notReady' };
  }
  if (code === 'TOO_MANY_REQUESTS') return { kind: 'unreachable', key: 'net.busy' };
  if (code === 'CONFLICT') return { kind: 'refused', key: 'net.conflict' };
  // The server's nickname rules explain themselves in English; say it in the player's language.
  if (code === 'BAD_REQUEST' && refusedField(data, 'nickname')) {
    return { kind: 'refused', key: 'net.badNickname' };
  }
  if (typeof data.domainCode === 'string') {
    return {
      kind: 'refused',
      key: 'net.replayRefused',
      values: { message: messageOf(err), year: typeof data.year === 'number' ? data.year : '—' },
    };
  }
  return { kind: 'refused', key: 'net.refused', values: { message: messageOf(err) } };
}
