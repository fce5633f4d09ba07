/**
 * Which year each student is on, from their `classrooms.progress` pings. Kept
 * in memory on purpose: it is a live view for the teacher's dashboard, not a
 * record, and it resets when the process restarts.
 */
export interface Progress {
  year: number;
  updatedAt: string;
}

export class ProgressTracker {
  private readonly byClassroom = new Map<string, Map<string, Progress>>();

  record(classroomId: string, playerId: string, year: number, nowMs: number): Progress {
    let players = this.byClassroom.get(classroomId);
    if (!players) {
      players = new Map();
      this.byClassroom.set(classroomId, players);
    }
    const progress = { year, updatedAt: new Date(nowMs).toISOString() };
    players.set(playerId, progress);
    return progress;
  }

  of(classroomId: string, playerId: string): Progress | null {
    return this.byClassroom.get(classroomId)?.get(playerId) ?? null;
  }

  forget(classroomId: string, playerId: string): void {
    this.byClassroom.get(classroomId)?.delete(playerId);
  }
}
