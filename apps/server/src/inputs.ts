import { MAX_SEED } from '@smile-curve/domain';
import { z } from 'zod';
import { checkNickname } from './services/nickname.js';
import { CODE_PATTERN } from './services/secrets.js';

/** Input schemas shared by several routers. */

/** A join code; typed in lower case or with spaces around, it still counts. */
export const ClassroomCodeInput = z
  .string()
  .max(16)
  .trim()
  .toUpperCase()
  .regex(CODE_PATTERN, 'expected a 6-character class code');

export const ScenarioIdInput = z.string().min(1).max(64);

export const SeedInput = z.number().int().min(0).max(MAX_SEED);

/** Teacher keys and player tokens (22 characters as issued). */
export const SecretInput = z.string().min(1).max(64);

/** A leaderboard as the domain names it: globalBoard / dailyBoard / classroomBoard. */
export const BoardKeyInput = z.string().min(1).max(128);

export const UtcDateInput = z.iso.date();

export const RunIdInput = z.uuid();

/** A nickname, checked and normalised by the one set of nickname rules. */
export const NicknameInput = z
  .string()
  .max(200)
  .transform((raw, ctx) => {
    const checked = checkNickname(raw);
    if (checked.ok) return checked.nickname;
    ctx.addIssue({ code: 'custom', message: checked.reason });
    return z.NEVER;
  });

/** A decision is an object two levels deep; more than this is refused before anything walks it. */
const MAX_DECISION_DEPTH = 8;

/** How deeply a JSON value nests (an iterative walk: a hostile value cannot overflow the stack). */
function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() ?? [null, 0];
    if (typeof current !== 'object' || current === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** One decision of a log: the domain's replay checks its content; here only that it is not a trap. */
export const DecisionEntryInput = z.unknown().superRefine((value, ctx) => {
  if (nestingDepth(value, MAX_DECISION_DEPTH) > MAX_DECISION_DEPTH) {
    ctx.addIssue({ code: 'custom', message: `nested more than ${MAX_DECISION_DEPTH} levels deep` });
  }
});
