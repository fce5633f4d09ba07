import { EventEmitter, on } from 'node:events';

/**
 * The bus that carries leaderboard changes from runs.submit and
 * classrooms.removePlayer to live subscribers and watchers (caches). This
 * class is the in-process bus (SQLite: one process by nature);
 * PostgresBoardEvents extends it across instances with LISTEN/NOTIFY. Either
 * way every process hears every change exactly once, its own included.
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
  /** Runs left the board (a player was removed), or events may have been missed: reload it. */
  | { kind: 'reset'; board: string };

export interface BoardSubscription {
  events: AsyncIterable<BoardEvent>;
  /** Stops listening (idempotent). */
  close(): void;
}

/** Hears every board's events in this process, e.g. to invalidate a cache. */
export interface BoardWatcher {
  event(event: BoardEvent): void;
  /**
   * Events of any board may have been missed (the cross-instance link was
   * down for a while): drop everything derived from them.
   */
  resync(): void;
}

export class BoardEvents {
  private readonly emitter = new EventEmitter();
  private readonly shutdown = new AbortController();
  private readonly watchers = new Set<BoardWatcher>();

  constructor() {
    // Every live subscriber is a listener; there is no sensible fixed cap.
    this.emitter.setMaxListeners(0);
  }

  /** Announces a committed change to every subscriber (on every instance). */
  publish(event: BoardEvent): void {
    this.deliver(event);
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

  /** Calls `watcher` for every event of every board; returns the way to stop. */
  watch(watcher: BoardWatcher): () => void {
    this.watchers.add(watcher);
    return () => {
      this.watchers.delete(watcher);
    };
  }

  /** Live subscribers of a board (for tests and diagnostics). */
  subscriberCount(board: string): number {
    return this.emitter.listenerCount(board);
  }

  /**
   * Ends every subscription; called when the server starts stopping. Watchers
   * resync: no event will reach them from now on.
   */
  close(): void {
    if (this.closed) return;
    for (const watcher of this.watchers) watcher.resync();
    this.shutdown.abort();
  }

  protected get closed(): boolean {
    return this.shutdown.signal.aborted;
  }

  /** Hands an event to this process's subscribers and watchers. */
  protected deliver(event: BoardEvent): void {
    if (this.closed) return;
    for (const watcher of this.watchers) watcher.event(event);
    this.emitter.emit(event.board, event);
  }

  /**
   * Events may have been missed: watchers drop what they derived, and every
   * board with live subscribers gets a `reset` so its clients reload.
   */
  protected deliverResync(): void {
    if (this.closed) return;
    for (const watcher of this.watchers) watcher.resync();
    for (const board of this.emitter.eventNames()) {
      // events.on() also listens for 'error' on the emitter: that name is not a board.
      if (typeof board === 'string' && board !== 'error') {
        this.emitter.emit(board, { kind: 'reset', board });
      }
    }
  }
}
