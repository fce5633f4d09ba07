/**
 * Which year each student is on, from their `classrooms.progress` pings. Kept
 * in memory on purpose: it is a live view for the teacher's dashboard, not a
 * record, and it resets when the process restarts. With several instances on
 * PostgreSQL, each change is also shared with the others (progress-sync.ts).
 */
export interface Progress {
  year: number;
  updatedAt: string;
}

export type ProgressChange =
  | { kind: 'record'; classroomId: string; playerId: string; progress: Progress }
  | { kind: 'forget'; classroomId: string; playerId: string };

export class ProgressTracker {
  private readonly byClassroom = new Map<string, Map<string, Progress>>();
  private readonly listeners: ((change: ProgressChange) => void)[] = [];

  record(classroomId: string, playerId: string, year: number, nowMs: number): Progress {
    const progress = { year, updatedAt: new Date(nowMs).toISOString() };
    this.apply({ kind: 'record', classroomId, playerId, progress });
    for (const listener of this.listeners) {
      listener({ kind: 'record', classroomId, playerId, progress });
    }
    return progress;
  }

  of(classroomId: string, playerId: string): Progress | null {
    return this.byClassroom.get(classroomId)?.get(playerId) ?? null;
  }

  forget(classroomId: string, playerId: string): void {
    this.apply({ kind: 'forget', classroomId, playerId });
    for (const listener of this.listeners) listener({ kind: 'forget', classroomId, playerId });
  }

  /** Calls `listener` after each change made here (not for applied ones). */
  onChange(listener: (change: ProgressChange) => void): void {
    this.listeners.push(listener);
  }

  /** Takes a change made elsewhere (another instance); an older ping never replaces a newer one. */
  apply(change: ProgressChange): void {
    let players = this.byClassroom.get(change.classroomId);
    if (change.kind === 'forget') {
      players?.delete(change.playerId);
      return;
    }
    if (!players) {
      players = new Map();
      this.byClassroom.set(change.classroomId, players);
    }
    const current = players.get(change.playerId);
    if (current && current.updatedAt > change.progress.updatedAt) return;
    players.set(change.playerId, change.progress);
  }
}
