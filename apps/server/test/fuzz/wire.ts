import type { Kind } from './procedures.js';
import { toJson } from './hostile.js';

/**
 * Puts generated calls on the wire the way @trpc/client does (GET for
 * queries, POST for mutations, `?batch=1`) or the way it never would.
 */

export const TRANSPORTS = [
  'single',
  'batch',
  'wrongMethod',
  'malformedJson',
  'wrongContentType',
  'oversized',
  'unknownPath',
] as const;
export type Transport = (typeof TRANSPORTS)[number];

export interface WireCall {
  path: string;
  kind: Kind;
  input: unknown;
}

export type CallResult = { ok: true; data: unknown } | { ok: false; code: string };

export interface WireAnswer {
  status: number;
  /** One per call when the body is a tRPC answer; null otherwise (or for streams). */
  results: CallResult[] | null;
  body: string;
}

/** A request slower than this is "hung": the fuzzer fails it. */
const HUNG_MS = 15_000;

function resultOf(item: unknown): CallResult | null {
  if (typeof item !== 'object' || item === null) return null;
  if ('result' in item) {
    const result = item.result as { data?: unknown } | null;
    return { ok: true, data: result?.data };
  }
  if ('error' in item) {
    const error = item.error as { data?: { code?: unknown } } | null;
    const code = error?.data?.code;
    return { ok: false, code: typeof code === 'string' ? code : 'unknown' };
  }
  return null;
}

function resultsOf(body: string): CallResult[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const results = items.map(resultOf);
  return results.every((r): r is CallResult => r !== null) ? results : null;
}

const encode = (value: unknown) => encodeURIComponent(toJson(value));
/** Percent-encodes any string's UTF-8 bytes (encodeURIComponent throws on a lone surrogate). */
const encodeBytes = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

function request(base: string, calls: WireCall[], transport: Transport, garbage: string) {
  const [first] = calls;
  if (!first) throw new Error('no call');
  const json = { 'content-type': 'application/json' };
  const get = (path: string, input: unknown, batch = false): [string, RequestInit] => [
    `${base}/trpc/${path}${batch ? '?batch=1&' : '?'}${input === undefined ? '' : `input=${encode(input)}`}`,
    { method: 'GET' },
  ];
  const post = (path: string, body: string, headers = json): [string, RequestInit] => [
    `${base}/trpc/${path}`,
    { method: 'POST', headers, body },
  ];
  switch (transport) {
    case 'single':
      return first.kind === 'mutation'
        ? post(first.path, first.input === undefined ? '' : toJson(first.input))
        : get(first.path, first.input);
    case 'batch': {
      const inputs = Object.fromEntries(calls.map((call, i) => [String(i), call.input]));
      const paths = calls.map((call) => call.path).join(',');
      return first.kind === 'mutation'
        ? post(`${paths}?batch=1`, toJson(inputs))
        : get(paths, inputs, true);
    }
    case 'wrongMethod': {
      const methods = first.kind === 'mutation' ? ['GET', 'PUT'] : ['POST', 'DELETE', 'PATCH'];
      const method = methods[garbage.length % methods.length] ?? 'PUT';
      if (method === 'GET') return get(first.path, first.input);
      return [
        `${base}/trpc/${first.path}`,
        { method, headers: json, body: toJson(first.input ?? null) },
      ] as [string, RequestInit];
    }
    case 'malformedJson': {
      const text = toJson(first.input ?? {});
      return post(
        first.path,
        garbage.length % 2 ? garbage : text.slice(0, Math.max(1, text.length - 1)),
      );
    }
    case 'wrongContentType':
      return post(first.path, toJson(first.input ?? {}), {
        'content-type': garbage.length % 2 ? 'text/plain' : 'application/x-www-form-urlencoded',
      });
    case 'oversized':
      return post(first.path, toJson({ ...(first.input as object), pad: 'x'.repeat(70_000) }));
    case 'unknownPath':
      return get(`${first.path}.${encodeBytes(garbage)}x`, first.input);
  }
}

/** Sends the calls; never throws for an HTTP answer, only when there is none in time. */
export async function send(
  base: string,
  calls: WireCall[],
  transport: Transport,
  garbage: string,
): Promise<WireAnswer> {
  const [url, init] = request(base, calls, transport, garbage);
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(
      new Error(`no answer in ${String(HUNG_MS)} ms: ${init.method ?? ''} ${url.slice(0, 200)}`),
    );
  }, HUNG_MS);
  try {
    const res = await fetch(url, { ...init, signal: controller.signal });
    if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
      // A live stream opened: that is the answer; close it.
      await res.body?.cancel();
      return { status: res.status, results: null, body: '' };
    }
    const body = await res.text();
    return { status: res.status, results: resultsOf(body), body };
  } finally {
    clearTimeout(timer);
  }
}
