import type { Repository } from '../storage/index.js';
import {
  boardEventChannel,
  decodeBoardEvent,
  encodeBoardEvent,
  type WireMessage,
} from './board-event-wire.js';
import { BoardEvents, type BoardEvent } from './board-events.js';
import type { Log, PostgresLink } from './postgres-link.js';

/**
 * Board events shared by every server instance on one PostgreSQL database
 * (and schema): a change is delivered in this process at once and sent with
 * NOTIFY after its transaction committed; every other instance hears it on
 * its LISTEN connection and delivers it to its own subscribers. An instance
 * skips the echo of its own NOTIFY, so each process hears each change exactly
 * once. After the LISTEN connection dropped and came back, watchers and live
 * boards are told to reload (NOTIFY is not queued for absent listeners).
 */
export class PostgresBoardEvents extends BoardEvents {
  readonly channel: string;

  constructor(
    private readonly link: PostgresLink,
    schema: string,
    /** Reads a run when a payload only names it (an event too big for NOTIFY). */
    private readonly repository: Pick<Repository, 'runsAfter'>,
    private readonly log: Log,
  ) {
    super();
    this.channel = boardEventChannel(schema);
    link.handle(this.channel, (payload) => {
      this.receive(payload);
    });
    link.onReconnect(() => {
      log.info({}, 'board events: live boards told to reload');
      this.deliverResync();
    });
  }

  /** Whether changes from other instances reach this one right now. */
  get isListening(): boolean {
    return this.link.isListening;
  }

  override publish(event: BoardEvent): void {
    this.deliver(event);
    // The change is stored; if this fails, other instances' clients catch up on reconnect.
    this.link.send(this.channel, encodeBoardEvent(event, this.link.instanceId), {
      board: event.board,
    });
  }

  private receive(payload: string): void {
    const message = decodeBoardEvent(payload);
    if (!message) {
      this.log.warn({ channel: this.channel }, 'board events: ignored a malformed payload');
      return;
    }
    if (message.origin === this.link.instanceId) return;
    if ('event' in message) this.deliver(message.event);
    else void this.deliverRef(message);
  }

  private async deliverRef(message: Extract<WireMessage, { ref: unknown }>): Promise<void> {
    const { board, seq } = message.ref;
    try {
      const [run] = await this.repository.runsAfter(board, seq - 1, 1);
      // Not there: its player was removed meanwhile, and a reset follows.
      if (run?.seq !== seq) return;
      const { runId, nickname, score, createdAt } = run;
      this.deliver({ kind: 'run', board, seq, run: { runId, nickname, score, createdAt, seq } });
    } catch (error) {
      this.log.warn({ err: error, board }, 'board events: could not read a run; reset');
      this.deliver({ kind: 'reset', board });
    }
  }
}
