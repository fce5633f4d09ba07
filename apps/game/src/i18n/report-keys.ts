import type { Fmt } from './format.js';
import type { Terms } from './terms.js';
import { REPORT_KEYS, type ReportKey } from '@smile-curve/domain';

// The keys come from the domain, so a new key there is a type error here
// until both catalogues translate it.
export { REPORT_KEYS, type ReportKey } from '@smile-curve/domain';

/** Reads one of the line's values (0 when the domain did not send it). */
export type ValueOf = (name: string) => number;

/** A sentence from a report line's values. */
export type ReportMessage = (v: ValueOf, f: Fmt, words: Terms) => string;

export function isReportKey(key: string): key is ReportKey {
  return (REPORT_KEYS as readonly string[]).includes(key);
}
