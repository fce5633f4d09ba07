import { randomUUID } from 'node:crypto';
import type { Repository } from '../storage/index.js';
import { PgListener } from '../storage/pg-listener.js';
import {
  boardEventChannel,
  decodeBoardEvent,
  encodeBoardEvent,
  type WireMessage,
} from './board-event-wire.js';
import { BoardEvents, type BoardEvent } from './board-events.js';

/**
 * Board events shared by every server instance on one PostgreSQL database
 * (and schema): a change is delivered in this process at once and sent with
 * NOTIFY after its transaction committed; every other instance LISTENs on one
 * dedicated connection and delivers it to its own subscribers. An instance
 * ignores the echo of its own NOTIFY, so each process hears each change
 * exactly once. If the LISTEN connection drops, it reconnects with backoff
 * and then tells watchers and live boards to reload (events in between are
 * lost: NOTIFY is not queued for absent listeners).
 */

interface Log {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export interface PostgresBoardEventsOptions {
  /** Where the dedicated LISTEN connection goes: the pool's database. */
  connectionString: string;
  /** The schema the tables live in; instances share events per schema. */
  schema: string;
  /** Sends one NOTIFY (through the pool). */
  notify(channel: string, payload: string): Promise<void>;
  /** Reads a run when a payload only names it (an event too big for NOTIFY). */
  repository: Pick<Repository, 'runsAfter'>;
  log: Log;
  connectionTimeoutMillis?: number;
}

export class PostgresBoardEvents extends BoardEvents {
  /** Tells this instance's NOTIFYs from the others'. */
  readonly instanceId = randomUUID();
  readonly channel: string;
  private readonly listener: PgListener;
  private readonly sending = new Set<Promise<void>>();

  constructor(private readonly options: PostgresBoardEventsOptions) {
    super();
    this.channel = boardEventChannel(options.schema);
    this.listener = new PgListener({
      connectionString: options.connectionString,
      channel: this.channel,
      ...(options.connectionTimeoutMillis === undefined
        ? {}
        : { connectionTimeoutMillis: options.connectionTimeoutMillis }),
      onNotification: (payload) => {
        this.receive(payload);
      },
      onReconnect: () => {
        options.log.info({}, 'board events: listening again; live boards told to reload');
        this.deliverResync();
      },
      onError: (error, attempt) => {
        if (attempt === 1 || attempt % 20 === 0) {
          options.log.warn(
            { err: error, attempt },
            'board events: LISTEN connection lost; retrying',
          );
        }
      },
    });
  }

  /** Listens before the server takes requests, so no change after start is missed. */
  start(): Promise<void> {
    return this.listener.start();
  }

  /** Whether changes from other instances reach this one right now. */
  get isListening(): boolean {
    return this.listener.isListening;
  }

  override publish(event: BoardEvent): void {
    this.deliver(event);
    const payload = encodeBoardEvent(event, this.instanceId);
    const sent = this.options.notify(this.channel, payload).catch((error: unknown) => {
      // The change is stored; other instances' subscribers catch up when they reconnect.
      this.options.log.warn({ err: error, board: event.board }, 'board events: NOTIFY failed');
    });
    this.sending.add(sent);
    void sent.finally(() => this.sending.delete(sent));
  }

  /** Waits for NOTIFYs in flight, then closes the LISTEN connection. */
  override async end(): Promise<void> {
    this.close();
    await Promise.allSettled([...this.sending]);
    await this.listener.stop();
  }

  private receive(payload: string): void {
    const message = decodeBoardEvent(payload);
    if (!message) {
      this.options.log.warn({ channel: this.channel }, 'board events: ignored a malformed payload');
      return;
    }
    if (message.origin === this.instanceId) return;
    if ('event' in message) this.deliver(message.event);
    else void this.deliverRef(message);
  }

  private async deliverRef(message: Extract<WireMessage, { ref: unknown }>): Promise<void> {
    const { board, seq } = message.ref;
    try {
      const [run] = await this.options.repository.runsAfter(board, seq - 1, 1);
      // Not there: its player was removed meanwhile, and a reset follows.
      if (run?.seq !== seq) return;
      const { runId, nickname, score, createdAt } = run;
      this.deliver({ kind: 'run', board, seq, run: { runId, nickname, score, createdAt, seq } });
    } catch (error) {
      this.options.log.warn({ err: error, board }, 'board events: could not read a run; reset');
      this.deliver({ kind: 'reset', board });
    }
  }
}
