import { tracked } from '@trpc/server';
import { z } from 'zod';
import { BoardKeyInput, RunIdInput, SecretInput } from '../inputs.js';
import { rankOnBoard, topOfBoard } from '../services/leaderboard-service.js';
import { liveBoard } from '../services/live-board.js';
import { publicProcedure, router } from '../trpc.js';

/** Who is asking: a student's token, or the teacher's key (input or x-teacher-key header). */
const viewer = { playerToken: SecretInput.optional(), teacherKey: SecretInput.optional() };

export const leaderboardsRouter = router({
  /** Best first, ties to the earlier submission; pages with `cursor`. */
  top: publicProcedure
    .input(
      z.strictObject({
        board: BoardKeyInput,
        limit: z.number().int().min(1).max(100).default(20),
        cursor: z.string().min(1).max(200).optional(),
        ...viewer,
      }),
    )
    .query(({ ctx, input }) =>
      topOfBoard(ctx, { ...input, teacherKey: input.teacherKey ?? ctx.teacherKey }),
    ),

  /** A run's place on a board and the board's size. */
  rankOf: publicProcedure
    .input(z.strictObject({ board: BoardKeyInput, runId: RunIdInput, ...viewer }))
    .query(({ ctx, input }) =>
      rankOnBoard(ctx, { ...input, teacherKey: input.teacherKey ?? ctx.teacherKey }),
    ),

  /**
   * Board changes over SSE (httpSubscriptionLink). Each run carries its `seq`
   * as the event id; a reconnecting client sends the last one as
   * `lastEventId` and first gets every run it missed.
   */
  live: publicProcedure
    .input(
      z.strictObject({
        board: BoardKeyInput,
        lastEventId: z
          .string()
          .regex(/^\d{1,15}$/)
          .nullish(),
        ...viewer,
      }),
    )
    .subscription(async function* ({ ctx, input, signal }) {
      const feed = liveBoard(
        ctx,
        { ...input, teacherKey: input.teacherKey ?? ctx.teacherKey },
        signal,
      );
      for await (const item of feed) {
        yield item.id === null ? item.event : tracked(item.id, item.event);
      }
    }),
});
