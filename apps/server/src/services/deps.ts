import type { ServerConfig } from '../env.js';
import type { Repository } from '../storage/index.js';
import type { BoardEvents } from './board-events.js';
import type { ProgressTracker } from './progress-tracker.js';

/** What services work with: shared by every request of one server. */
export interface Deps {
  repository: Repository;
  events: BoardEvents;
  progress: ProgressTracker;
  config: ServerConfig;
  /** Milliseconds since the epoch; injectable so tests control the date. */
  now: () => number;
}
