/**
 * A small EventSource for Node 20 (which has none without a flag), enough for
 * @trpc/client's httpSubscriptionLink: it streams over fetch, parses the SSE
 * wire format and, like a browser, reconnects after a dropped connection
 * sending the last event id as the `Last-Event-ID` header. `dropAll()` cuts
 * every open connection, as a flaky network would.
 */

interface SseEvent {
  type: string;
  data: string;
  lastEventId: string;
}
type Listener = (event: SseEvent) => void;

const RECONNECT_MS = 50;

export class TestEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;

  private static readonly open = new Set<TestEventSource>();
  /** Every connection made so far (reconnections included), for assertions. */
  static connections: { url: string; lastEventId: string }[] = [];

  readyState = 0;
  private lastEventId = '';
  private readonly listeners = new Map<string, Set<Listener>>();
  private connection: AbortController | null = null;

  constructor(readonly url: string) {
    TestEventSource.open.add(this);
    void this.connect();
  }

  /** While set, dropped connections wait before reconnecting (see `releaseReconnects`). */
  private static held: (() => void)[] | null = null;

  /** Cuts every open connection; each reconnects shortly after, unless held. */
  static dropAll(options: { holdReconnects?: boolean } = {}): void {
    if (options.holdReconnects) TestEventSource.held ??= [];
    for (const source of TestEventSource.open) source.connection?.abort();
  }

  /** Lets held connections reconnect. */
  static releaseReconnects(): void {
    const waiting = TestEventSource.held ?? [];
    TestEventSource.held = null;
    for (const reconnect of waiting) reconnect();
  }

  /** Connections currently open (streaming). */
  static openCount(): number {
    return [...TestEventSource.open].filter((source) => source.readyState === 1).length;
  }

  addEventListener(type: string, listener: Listener): void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  close(): void {
    this.readyState = this.CLOSED;
    TestEventSource.open.delete(this);
    this.connection?.abort();
  }

  private dispatch(event: SseEvent): void {
    for (const listener of this.listeners.get(event.type) ?? []) listener(event);
  }

  private async connect(): Promise<void> {
    const connection = new AbortController();
    this.connection = connection;
    TestEventSource.connections.push({ url: this.url, lastEventId: this.lastEventId });
    try {
      const headers: Record<string, string> = { accept: 'text/event-stream' };
      if (this.lastEventId !== '') headers['last-event-id'] = this.lastEventId;
      const res = await fetch(this.url, { headers, signal: connection.signal });
      if (!res.ok || !res.body) throw new Error(`SSE request failed with ${res.status}`);
      this.readyState = this.OPEN;
      await this.read(res.body);
    } catch {
      // A dropped or refused connection: reconnect below, as a browser does.
    }
    if (this.readyState === this.CLOSED) return;
    this.readyState = this.CONNECTING;
    this.dispatch({ type: 'error', data: '', lastEventId: this.lastEventId });
    const reconnect = () => {
      setTimeout(() => {
        if (this.readyState !== this.CLOSED) void this.connect();
      }, RECONNECT_MS);
    };
    if (TestEventSource.held) TestEventSource.held.push(reconnect);
    else reconnect();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    let type = '';
    let data: string[] = [];
    for await (const chunk of body) {
      buffer += decoder.decode(chunk, { stream: true });
      let newline: number;
      while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          if (data.length > 0) {
            this.dispatch({
              type: type || 'message',
              data: data.join('\n'),
              lastEventId: this.lastEventId,
            });
          }
          type = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') type = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
      }
    }
  }
}
