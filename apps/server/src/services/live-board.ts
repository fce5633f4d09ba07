import type { RunSummary } from '../storage/index.js';
import type { BoardEvent } from './board-events.js';
import type { Deps } from './deps.js';
import { boardAccess, type Viewer } from './leaderboard-service.js';

/**
 * A board's live feed: on resume, the runs stored after the client's last
 * event id (a run's `seq`) come first from the database, then live events.
 * Under a restricted classroom visibility the runs themselves are left out
 * (`run: null`): the client hears that the board changed and asks again.
 */

type RunEvent = Extract<BoardEvent, { kind: 'run' }>;
type ResetEvent = Extract<BoardEvent, { kind: 'reset' }>;
/** A run on the board, or only the news that one arrived (`run: null`) when runs are hidden. */
export type LiveRunEvent = RunEvent | (Omit<RunEvent, 'run'> & { run: null });

/** What a live subscriber receives: runs carry their seq as `id`, which resumes the stream. */
export type LiveItem = { id: string; event: LiveRunEvent } | { id: null; event: ResetEvent };

/** At most this many missed runs are replayed; beyond it the client is told to reload. */
const MAX_REPLAY = 1000;
const PAGE = 200;

/**
 * PostgreSQL assigns a run's seq (an identity) before its transaction commits,
 * so a run with a lower seq can commit after one with a higher seq that the
 * client already has. Resuming a little further back catches it; the window
 * only needs to exceed the transactions in flight at once (bounded by
 * max_connections, 100 by default). Clients de-duplicate by runId. SQLite
 * assigns seq under its write lock, in commit order: no look-back needed.
 */
const POSTGRES_LOOKBACK = 100;

function fromStored(run: RunSummary, hidden: boolean): LiveItem {
  return {
    id: String(run.seq),
    event: {
      kind: 'run',
      board: run.board,
      seq: run.seq,
      run: hidden
        ? null
        : {
            runId: run.runId,
            nickname: run.nickname,
            score: run.score,
            createdAt: run.createdAt,
            seq: run.seq,
          },
    },
  };
}

export async function* liveBoard(
  deps: Deps,
  input: { board: string; lastEventId?: string | null | undefined } & Viewer,
  signal: AbortSignal | undefined,
): AsyncGenerator<LiveItem> {
  const access = await boardAccess(deps, input.board, input);
  const hidden = access.view !== 'all';
  // Listen first, then read what was missed: nothing falls in between.
  const live = deps.events.subscribe(access.board, signal);
  try {
    yield* resume(deps, access.board, hidden, input.lastEventId, live.events);
  } finally {
    live.close();
  }
}

async function* resume(
  deps: Deps,
  board: string,
  hidden: boolean,
  lastEventId: string | null | undefined,
  live: AsyncIterable<BoardEvent>,
): AsyncGenerator<LiveItem> {
  const replayed = new Set<number>();
  if (lastEventId != null) {
    const lookback = deps.repository.dialect === 'postgres' ? POSTGRES_LOOKBACK : 0;
    let after = Math.max(0, Number(lastEventId) - lookback);
    for (;;) {
      const missed = await deps.repository.runsAfter(board, after, PAGE);
      for (const run of missed) {
        replayed.add(run.seq);
        yield fromStored(run, hidden);
      }
      const last = missed.at(-1);
      if (missed.length < PAGE || !last) break;
      if (replayed.size >= MAX_REPLAY) {
        yield { id: null, event: { kind: 'reset', board } };
        break;
      }
      after = last.seq;
    }
  }
  for await (const event of live) {
    if (event.kind === 'reset') {
      yield { id: null, event };
    } else if (!replayed.has(event.seq)) {
      yield { id: String(event.seq), event: hidden ? { ...event, run: null } : event };
    }
  }
}
