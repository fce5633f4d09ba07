// Plain tRPC calls over HTTP for the bench suites (no client, no transformer).

/** A query's path with its input, as autocannon and fetch send it. */
export const query = (path: string, input?: unknown) =>
  input === undefined
    ? `/trpc/${path}`
    : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** One tRPC call with fetch (no transformer): the data, or an error naming the call. */
export async function call(
  url: string,
  path: string,
  input?: unknown,
  mutation = false,
): Promise<unknown> {
  const response = await fetch(`${url}${mutation ? `/trpc/${path}` : query(path, input)}`, {
    method: mutation ? 'POST' : 'GET',
    ...(mutation
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }
      : {}),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as { result?: { data?: unknown } };
  return body.result?.data;
}
