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

/**
 * Whether a JSON value nests deeper than `limit` levels. Recursive, but never
 * more than `limit` calls deep: it stops descending there, so a hostile value
 * cannot overflow the stack (and JSON bodies are capped at 64 KB).
 */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit === 0) return true;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  for (const child of children) if (nestsDeeperThan(child, limit - 1)) return true;
  return false;
}

/**
 * A decision log: the domain's replay checks each entry's content; here only
 * its length and that no entry is a trap (nested deeper than a decision can
 * be). One check over the array rather than a schema per entry: this runs on
 * every submit.
 */
export function decisionLogInput(maxLength: number) {
  return z
    .array(z.unknown())
    .max(maxLength)
    .superRefine((entries, ctx) => {
      for (const [index, entry] of entries.entries()) {
        if (nestsDeeperThan(entry, MAX_DECISION_DEPTH)) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `nested more than ${MAX_DECISION_DEPTH} levels deep`,
          });
        }
      }
    });
}
