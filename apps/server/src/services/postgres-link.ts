import { createHash, randomUUID } from 'node:crypto';
import { PgListener } from '../storage/pg-listener.js';

/**
 * What several server instances on one PostgreSQL tell each other, over
 * LISTEN/NOTIFY: one dedicated LISTEN connection per process for every
 * channel, NOTIFYs sent through the pool. Parts (board events, progress)
 * register their channel before `start()`. Each process has an `instanceId`
 * so it can recognise (and skip) the echo of what it sent itself.
 */

/**
 * The channel of one topic in one database schema: instances talk only with
 * instances on the same tables (tests run side by side in schemas of their
 * own). Long schema names are hashed to fit PostgreSQL's 63-byte names.
 */
export function linkChannel(topic: 'boards' | 'progress', schema: string): string {
  const plain = `smile_curve_${topic}:${schema}`;
  if (Buffer.byteLength(plain) <= 63) return plain;
  const hash = createHash('sha256').update(schema).digest('hex').slice(0, 40);
  return `smile_curve_${topic}:${hash}`;
}

export interface Log {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export interface PostgresLinkOptions {
  /** Where the dedicated LISTEN connection goes: the pool's database. */
  connectionString: string;
  /** Sends one NOTIFY (through the pool). */
  notify(channel: string, payload: string): Promise<void>;
  log: Log;
  connectionTimeoutMillis?: number;
}

export class PostgresLink {
  /** Tells this instance's NOTIFYs from the others'. */
  readonly instanceId = randomUUID();
  private readonly channels = new Map<string, (payload: string) => void>();
  private readonly reconnectHandlers: (() => void)[] = [];
  private readonly sending = new Set<Promise<void>>();
  private readonly listener: PgListener;

  constructor(private readonly options: PostgresLinkOptions) {
    this.listener = new PgListener({
      connectionString: options.connectionString,
      channels: this.channels,
      ...(options.connectionTimeoutMillis === undefined
        ? {}
        : { connectionTimeoutMillis: options.connectionTimeoutMillis }),
      onReconnect: () => {
        options.log.info({}, 'instance link: listening again after a drop');
        for (const handler of this.reconnectHandlers) handler();
      },
      onError: (error, attempt) => {
        if (attempt === 1 || attempt % 20 === 0) {
          options.log.warn(
            { err: error, attempt },
            'instance link: LISTEN connection lost; retrying',
          );
        }
      },
    });
  }

  /** Hands `channel`'s payloads to `handler`; call before start(). */
  handle(channel: string, handler: (payload: string) => void): void {
    this.channels.set(channel, handler);
  }

  /** Runs `handler` when listening again after a drop (notifications in between were lost). */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.push(handler);
  }

  /** Listens on every registered channel; rejects when the database cannot be reached. */
  start(): Promise<void> {
    return this.listener.start();
  }

  get isListening(): boolean {
    return this.listener.isListening;
  }

  /** Sends a NOTIFY without waiting; a failure is logged (`what` says what was lost). */
  send(channel: string, payload: string, what: object): void {
    const sent = this.options.notify(channel, payload).catch((error: unknown) => {
      this.options.log.warn({ err: error, ...what }, 'instance link: NOTIFY failed');
    });
    this.sending.add(sent);
    void sent.finally(() => this.sending.delete(sent));
  }

  /** Waits for NOTIFYs in flight, then closes the LISTEN connection. */
  async end(): Promise<void> {
    await Promise.allSettled([...this.sending]);
    await this.listener.stop();
  }
}
