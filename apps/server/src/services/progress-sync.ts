import { z } from 'zod';
import { linkChannel, type PostgresLink } from './postgres-link.js';
import type { ProgressChange, ProgressTracker } from './progress-tracker.js';

/**
 * Shares students' progress pings between instances on one PostgreSQL
 * schema, so a teacher's dashboard shows them whichever instance serves it.
 * Payloads are `{ v, origin, change }`, a few hundred bytes, validated on arrival.
 */

const Id = z.string().min(1).max(100);
const Change = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('record'),
    classroomId: Id,
    playerId: Id,
    progress: z.strictObject({ year: z.number().int(), updatedAt: z.iso.datetime() }),
  }),
  z.strictObject({ kind: z.literal('forget'), classroomId: Id, playerId: Id }),
]);
const Envelope = z.strictObject({ v: z.literal(1), origin: z.string().min(1), change: Change });

/** Sends this tracker's changes to the other instances and applies theirs. */
export function shareProgress(
  tracker: ProgressTracker,
  link: PostgresLink,
  schema: string,
  log: { warn(object: object, message: string): void },
): void {
  const channel = linkChannel('progress', schema);
  tracker.onChange((change: ProgressChange) => {
    const payload = JSON.stringify({ v: 1, origin: link.instanceId, change });
    link.send(channel, payload, { progress: change.kind });
  });
  link.handle(channel, (payload) => {
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      json = null;
    }
    const parsed = Envelope.safeParse(json);
    if (!parsed.success) {
      log.warn({ channel }, 'progress: ignored a malformed payload');
      return;
    }
    if (parsed.data.origin !== link.instanceId) tracker.apply(parsed.data.change);
  });
}
