import { z } from 'zod';
import { MAX_LOG_LENGTH } from '@smile-curve/domain';
import {
  ClassroomCodeInput,
  decisionLogInput,
  NicknameInput,
  RunIdInput,
  ScenarioIdInput,
  SecretInput,
  SeedInput,
  UtcDateInput,
} from '../inputs.js';
import { getRun, submitRun } from '../services/run-service.js';
import { publicProcedure, router } from '../trpc.js';

/** The decision log: the domain's replay checks each entry; here only its length. */
const common = {
  runId: RunIdInput,
  scenarioId: ScenarioIdInput,
  seed: SeedInput,
  decisions: decisionLogInput(MAX_LOG_LENGTH),
};

/** Strict: a score, rank or indicator in the input is refused, never read. */
const SubmitInput = z.discriminatedUnion('board', [
  z.strictObject({ ...common, board: z.literal('global'), nickname: NicknameInput.optional() }),
  z.strictObject({
    ...common,
    board: z.literal('daily'),
    date: UtcDateInput,
    nickname: NicknameInput.optional(),
  }),
  z.strictObject({
    ...common,
    board: z.literal('classroom'),
    classroomCode: ClassroomCodeInput,
    playerToken: SecretInput,
  }),
]);

export const runsRouter = router({
  /** Replays a finished game and stores it on its board; idempotent on runId. */
  submit: publicProcedure.input(SubmitInput).mutation(({ ctx, input }) => submitRun(ctx, input)),

  /** A stored run in full, to replay in the browser and compare ("verify my run"). */
  get: publicProcedure
    .input(z.strictObject({ runId: RunIdInput }))
    .query(({ ctx, input }) => getRun(ctx, input.runId)),
});
