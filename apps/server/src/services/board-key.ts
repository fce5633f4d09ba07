import { classroomBoard, dailyBoard, globalBoard } from '@smile-curve/domain';
import { CODE_PATTERN } from './secrets.js';

/**
 * Reads a board key the domain made (globalBoard / dailyBoard /
 * classroomBoard) back into its parts. Each parse is checked by rebuilding
 * the key with the domain's own function, so the two can never drift.
 */
export type BoardRef =
  | { kind: 'global'; key: string; scenarioId: string }
  | { kind: 'daily'; key: string; date: string; scenarioId: string }
  | { kind: 'classroom'; key: string; code: string };

const SCENARIO = '[a-z0-9-]{1,64}';
const GLOBAL = new RegExp(`^global:(${SCENARIO})$`);
const DAILY = new RegExp(`^daily:(\\d{4}-\\d{2}-\\d{2}):(${SCENARIO})$`);
const CLASSROOM = /^class:([A-Z0-9]{6})$/;

export function parseBoardKey(key: string): BoardRef | null {
  const global = GLOBAL.exec(key);
  if (global?.[1] !== undefined && globalBoard(global[1]) === key) {
    return { kind: 'global', key, scenarioId: global[1] };
  }
  const daily = DAILY.exec(key);
  if (
    daily?.[1] !== undefined &&
    daily[2] !== undefined &&
    dailyBoard(daily[1], daily[2]) === key
  ) {
    return { kind: 'daily', key, date: daily[1], scenarioId: daily[2] };
  }
  const room = CLASSROOM.exec(key);
  if (room?.[1] !== undefined && CODE_PATTERN.test(room[1]) && classroomBoard(room[1]) === key) {
    return { kind: 'classroom', key, code: room[1] };
  }
  return null;
}
