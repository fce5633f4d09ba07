import type { Classroom, Player, Run, RunSummary, Visibility } from './records.js';

/** What the repository takes and gives back, beside the records themselves. */

export interface NewClassroom {
  code: string;
  title: string;
  scenarioId: string;
  seed: number;
  visibility: Visibility;
  /** ISO-8601, or null for no deadline. */
  closesAt: string | null;
  teacherKeyHash: string;
}

export interface NewPlayer {
  classroomId: string;
  /** Stored as given: the caller trims and normalises it. */
  nickname: string;
  tokenHash: string;
}

export interface NewRun {
  /** The client's UUID: resubmitting the same run is harmless. */
  runId: string;
  board: string;
  scenarioId: string;
  seed: number;
  engineVersion: string;
  decisions: unknown;
  contentHash: string;
  playerId: string | null;
  nickname: string;
  score: number;
  breakdown: unknown;
  finalIndicators: unknown;
  trajectory: unknown;
  status: string;
}

/** A run stored as it is (an import, a seeded board): it keeps its own submission time. */
export interface ImportedRun extends NewRun {
  /** ISO-8601. */
  createdAt: string;
}

export type CreateClassroomResult = { conflict: false; classroom: Classroom } | { conflict: true };
export type AddPlayerResult = { conflict: false; player: Player } | { conflict: true };
/** `created: false` — the same run was already stored; `conflict` — another run has this id. */
export type InsertRunResult =
  /** `visible`: on its board (false when its player was removed). */
  | { conflict: false; created: true; visible: boolean; run: Run }
  | { conflict: false; created: false; run: Run }
  | { conflict: true };

export interface BoardEntry extends RunSummary {
  /** 1-based; equal scores are ranked by submission order. */
  rank: number;
}
export interface BoardPage {
  entries: BoardEntry[];
  /** Pass back to topOfBoard for the next page; null on the last page. */
  nextCursor: string | null;
}
export interface ClassroomRun extends RunSummary {
  playerRemoved: boolean;
}
