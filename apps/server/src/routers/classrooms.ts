import { z } from 'zod';
import {
  ClassroomCodeInput,
  NicknameInput,
  ScenarioIdInput,
  SecretInput,
  SeedInput,
} from '../inputs.js';
import { classroomDashboard, panelCsv, runsCsv } from '../services/classroom-report.js';
import {
  createClassroom,
  deleteClassroom,
  getClassroom,
  joinClassroom,
  recordProgress,
  removePlayer,
  setClosed,
} from '../services/classroom-service.js';
import { VISIBILITIES } from '../storage/index.js';
import { publicProcedure, router, teacherProcedure } from '../trpc.js';

const Title = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\p{Cc}]*$/u, 'no control characters');

export const classroomsRouter = router({
  /** A new competition; the teacher key is returned once and stored only hashed. */
  create: publicProcedure
    .input(
      z.strictObject({
        title: Title,
        scenarioId: ScenarioIdInput,
        seed: SeedInput.optional(),
        visibility: z.enum(VISIBILITIES),
        closesAt: z.iso.datetime({ offset: true }).optional(),
      }),
    )
    .mutation(({ ctx, input }) => createClassroom(ctx, input, ctx.origin)),

  /** Joins under a nickname; the same playerToken again is the same player (rejoin). */
  join: publicProcedure
    .input(
      z.strictObject({
        code: ClassroomCodeInput,
        nickname: NicknameInput,
        playerToken: SecretInput.optional(),
      }),
    )
    .mutation(({ ctx, input }) => joinClassroom(ctx, input)),

  /** What anyone with the code may know. */
  get: publicProcedure
    .input(z.strictObject({ code: ClassroomCodeInput }))
    .query(({ ctx, input }) => getClassroom(ctx, input.code)),

  /** A student's "I am on year N" ping for the dashboard (memory only). */
  progress: publicProcedure
    .input(
      z.strictObject({
        code: ClassroomCodeInput,
        playerToken: SecretInput,
        year: z.number().int().min(1900).max(2200),
      }),
    )
    .mutation(({ ctx, input }) => recordProgress(ctx, input)),

  dashboard: teacherProcedure.query(({ ctx }) => classroomDashboard(ctx, ctx.classroom)),

  close: teacherProcedure.mutation(({ ctx }) => setClosed(ctx, ctx.classroom, true)),

  reopen: teacherProcedure.mutation(({ ctx }) => setClosed(ctx, ctx.classroom, false)),

  removePlayer: teacherProcedure
    .input(z.object({ playerId: z.uuid() }))
    .mutation(({ ctx, input }) => removePlayer(ctx, ctx.classroom, input.playerId)),

  /**
   * Deletes the class, its players and their runs for good. `confirm` must
   * repeat the class code, so a stray click or a replayed request cannot do it.
   */
  delete: teacherProcedure
    .input(
      z
        .object({ code: ClassroomCodeInput, confirm: z.string().max(16).trim().toUpperCase() })
        .refine((input) => input.confirm === input.code, {
          path: ['confirm'],
          error: 'confirm must repeat the class code to delete the class',
        }),
    )
    .mutation(({ ctx }) => deleteClassroom(ctx, ctx.classroom)),

  /** CSV (UTF-8 with BOM): one row per finished run. */
  exportCsv: teacherProcedure.query(({ ctx }) => runsCsv(ctx, ctx.classroom)),

  /** CSV (UTF-8 with BOM): one row per player × year, every indicator. */
  exportPanelCsv: teacherProcedure.query(({ ctx }) => panelCsv(ctx, ctx.classroom)),
});
