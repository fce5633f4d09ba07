import { EventEmitter, on } from 'node:events';

/**
 * The in-process bus that carries leaderboard changes from runs.submit and
 * classrooms.removePlayer to live subscribers. One process only: several
 * server instances would need PostgreSQL LISTEN/NOTIFY behind this interface.
 */

/** A run as a live board shows it. */
export interface LiveRun {
  runId: string;
  nickname: string;
  score: number;
  createdAt: string;
  seq: number;
}

export type BoardEvent =
  /** A run joined the board; `seq` orders the board's events and resumes a stream. */
  | { kind: 'run'; board: string; seq: number; run: LiveRun }
  /** Runs left the board (a player was removed): reload it. */
  | { kind: 'reset'; board: string };

export interface BoardSubscription {
  events: AsyncIterable<BoardEvent>;
  /** Stops listening (idempotent). */
  close(): void;
}

export class BoardEvents {
  private readonly emitter = new EventEmitter();
  private readonly shutdown = new AbortController();

  constructor() {
    // Every live subscriber is a listener; there is no sensible fixed cap.
    this.emitter.setMaxListeners(0);
  }

  publish(event: BoardEvent): void {
    if (!this.shutdown.signal.aborted) this.emitter.emit(event.board, event);
  }

  /**
   * The board's events from this call on (buffered until read), ending when
   * `signal` aborts, `close()` is called or the bus closes. The listener is
   * registered before this returns, so a caller can read the database
   * afterwards without a gap.
   */
  subscribe(board: string, signal?: AbortSignal): BoardSubscription {
    const own = new AbortController();
    const signals = [own.signal, this.shutdown.signal, ...(signal ? [signal] : [])];
    const stop = AbortSignal.any(signals);
    const close = () => {
      own.abort();
    };
    if (stop.aborted) return { events: (async function* () {})(), close };
    const iterator = on(this.emitter, board, { signal: stop });
    const events = (async function* () {
      try {
        for await (const args of iterator) {
          const [event] = args as [BoardEvent];
          yield event;
        }
      } catch (error) {
        if (!stop.aborted) throw error;
      }
    })();
    return { events, close };
  }

  /** Live subscribers of a board (for tests and diagnostics). */
  subscriberCount(board: string): number {
    return this.emitter.listenerCount(board);
  }

  /** Ends every subscription; called when the server stops. */
  close(): void {
    this.shutdown.abort();
  }
}
