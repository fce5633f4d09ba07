import pg from 'pg';

/**
 * One dedicated PostgreSQL connection per process that LISTENs on channels
 * (a pooled connection cannot: the pool hands it to queries and recycles it).
 * When the connection drops it reconnects with exponential backoff and, once
 * listening again, calls `onReconnect`: notifications sent meanwhile are lost,
 * so the caller must treat its view as stale.
 */

export interface PgListenerOptions {
  connectionString: string;
  /** What to do with each channel's notifications (read when connecting). */
  channels: ReadonlyMap<string, (payload: string) => void>;
  /** Listening again after a drop; notifications in between were missed. */
  onReconnect(): void;
  /** The connection failed or an attempt to reconnect did (logged by the caller). */
  onError(error: Error, attempt: number): void;
  /** Give up a connection attempt after this long (default 5000 ms). */
  connectionTimeoutMillis?: number;
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5000;

/** The longest channel name PostgreSQL accepts (NAMEDATALEN - 1 bytes). */
export const MAX_CHANNEL_BYTES = 63;

export class PgListener {
  private client: pg.Client | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private stopped = false;
  private listening = false;

  constructor(private readonly options: PgListenerOptions) {}

  /** Connects and listens; rejects if the first attempt fails (the database is down at start). */
  async start(): Promise<void> {
    for (const channel of this.options.channels.keys()) {
      if (Buffer.byteLength(channel) > MAX_CHANNEL_BYTES) {
        throw new Error(`Channel name "${channel}" is longer than ${MAX_CHANNEL_BYTES} bytes`);
      }
    }
    try {
      await this.connect();
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  /** Whether the connection is up and listening now. */
  get isListening(): boolean {
    return this.listening;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      connectionTimeoutMillis: this.options.connectionTimeoutMillis ?? 5000,
      application_name: 'smile-curve-listen',
      // Notices a peer that vanished without closing the socket.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      this.listening = false;
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.attempt += 1;
      this.options.onError(error, this.attempt);
      this.scheduleRetry();
    };
    client.on('error', fail);
    client.on('end', () => {
      fail(new Error('the LISTEN connection ended'));
    });
    client.on('notification', (message) => {
      const handle = this.options.channels.get(message.channel);
      if (handle && message.payload !== undefined) handle(message.payload);
    });
    try {
      await client.connect();
      for (const channel of this.options.channels.keys()) {
        await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      }
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.listening = true;
    const reconnected = this.attempt > 0;
    this.attempt = 0;
    if (reconnected) this.options.onReconnect();
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.attempt - 1));
    // Jitter, so instances that lost the database together do not reconnect in lockstep.
    const delay = base / 2 + Math.random() * (base / 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect().catch(() => undefined);
    }, delay);
    this.retryTimer.unref();
  }
}
