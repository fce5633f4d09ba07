import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decisionLog, hostileValue, unicodeString } from './fuzz/hostile.js';
import { fuzzWorld, type Procedure } from './fuzz/procedures.js';
import { TRANSPORTS, send, type Transport, type WireAnswer, type WireCall } from './fuzz/wire.js';
import { forEachDatabase, startTestServer, type TestServer } from './helpers/server.js';

/**
 * 10,000 generated requests over real HTTP, 5,000 per database, across every
 * procedure: broken inputs, random decision logs, malformed JSON, wrong
 * methods, oversized bodies. None may answer 5xx, valid ones must succeed, and
 * afterwards the database holds exactly the rows the acknowledged calls made.
 */

const RUNS_PER_DATABASE = 5_000;
/** Fixed, so a failure reproduces; set FUZZ_SEED to explore other inputs. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);

type Op =
  | { op: 'valid' }
  | { op: 'replace'; field: number; value: unknown }
  | { op: 'drop'; field: number }
  | { op: 'extra'; key: string; value: unknown }
  | { op: 'whole'; value: unknown }
  | { op: 'log'; log: unknown[] };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ op: 'valid' as const }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('replace' as const),
      field: fc.nat(),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('drop' as const), field: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('extra' as const),
      key: fc.oneof(fc.constantFrom('score', 'rank', '__proto__', 'constructor'), unicodeString),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('whole' as const), value: hostileValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('log' as const), log: decisionLog }) },
);

const transportArb: fc.Arbitrary<Transport> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('single' as const) },
  { weight: 2, arbitrary: fc.constant('batch' as const) },
  ...TRANSPORTS.filter((t) => t !== 'single' && t !== 'batch').map((t) => ({
    weight: 1,
    arbitrary: fc.constant(t),
  })),
);

const requestArb = fc.record({
  calls: fc.array(fc.record({ procedure: fc.nat(), op: opArb }), { minLength: 1, maxLength: 3 }),
  transport: transportArb,
  garbage: unicodeString,
});

function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The valid input, broken as the op says. */
function inputFor(procedure: Procedure, op: Op): unknown {
  const valid = procedure.valid();
  if (op.op === 'valid') return valid;
  if (op.op === 'whole') return op.value;
  if (valid === undefined) return op.op === 'log' ? op.log : 'value' in op ? op.value : {};
  const input: Record<string, unknown> = { ...valid };
  const keys = Object.keys(input);
  const key = 'field' in op ? (keys[op.field % keys.length] ?? 'x') : '';
  switch (op.op) {
    case 'replace':
      setOwn(input, key, op.value);
      break;
    case 'drop':
      return Object.fromEntries(Object.entries(input).filter(([name]) => name !== key));
    case 'extra':
      setOwn(input, op.key, op.value);
      break;
    case 'log':
      setOwn(input, 'decisions', op.log);
      break;
  }
  return input;
}

forEachDatabase(
  `fuzzer: ${String(2 * RUNS_PER_DATABASE)} generated requests in all (${String(RUNS_PER_DATABASE)} per database)`,
  (dialect) => {
    let server: TestServer | undefined;
    beforeAll(async () => {
      server = await startTestServer(dialect);
    });
    afterAll(async () => {
      await server?.close();
    });

    it(`${String(RUNS_PER_DATABASE)} requests: no 5xx, still up, exactly the acknowledged rows stored`, async () => {
      if (!server) throw new Error('no server');
      const s = server;
      const world = await fuzzWorld(s);
      const before = await s.countRows();
      const acked = {
        run: new Map<string, number>(),
        classroom: new Set<string>(),
        player: new Set<string>(),
      };
      const statuses = new Map<number, number>();
      let validCalls = 0;

      const record = (calls: { procedure: Procedure; input: unknown }[], answer: WireAnswer) => {
        if (answer.results?.length !== calls.length) return;
        answer.results.forEach((result, i) => {
          const writes = calls[i]?.procedure.writes;
          if (!result.ok || !writes) return;
          const data = result.data as {
            runId?: string;
            score?: number;
            code?: string;
            playerId?: string;
          };
          if (writes === 'run' && data.runId) acked.run.set(data.runId, data.score ?? NaN);
          if (writes === 'classroom' && data.code) acked.classroom.add(data.code);
          if (writes === 'player' && data.playerId) acked.player.add(data.playerId);
        });
      };

      await fc.assert(
        fc.asyncProperty(requestArb, async ({ calls, transport, garbage }) => {
          const made = calls.map(({ procedure, op }) => {
            const chosen = world.procedures[procedure % world.procedures.length];
            if (!chosen) throw new Error('no procedure');
            return { procedure: chosen, op, input: inputFor(chosen, op) };
          });
          const wire: WireCall[] = made.map(({ procedure, input }) => ({
            path: procedure.path,
            kind: procedure.kind,
            input,
          }));
          const used = transport === 'batch' ? made : made.slice(0, 1);
          const answer = await send(
            s.url,
            transport === 'batch' ? wire : wire.slice(0, 1),
            transport,
            garbage,
          );
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expect(answer.status, answer.body.slice(0, 500)).toBeLessThan(500);
          record(used, answer);
          const [only] = made;
          if (transport === 'single' && only?.op.op === 'valid') {
            validCalls++;
            const expected = only.procedure.refusedWith;
            if (expected) expect(answer.results?.[0]).toEqual({ ok: false, code: expected });
            else
              expect(answer.status, `${only.procedure.path}: ${answer.body.slice(0, 300)}`).toBe(
                200,
              );
          }
        }),
        // Another seed per database: 10,000 different requests in all.
        {
          numRuns: RUNS_PER_DATABASE,
          seed: SEED + (dialect === 'sqlite' ? 0 : 1),
          endOnFailure: true,
        },
      );

      console.info(
        `fuzz ${dialect}: ${String(RUNS_PER_DATABASE)} requests, ${String(validCalls)} valid single calls, ` +
          `acknowledged runs ${String(acked.run.size)}, classes ${String(acked.classroom.size)}, ` +
          `players ${String(acked.player.size)}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
      expect(await s.countRows()).toEqual({
        runs: before.runs + acked.run.size,
        classrooms: before.classrooms + acked.classroom.size,
        players: before.players + acked.player.size,
      });
      for (const [runId, score] of acked.run) {
        expect((await world.api.runs.get.query({ runId })).score).toBe(score);
      }
      // Thousands of sequential HTTP requests: minutes on a busy two-core machine.
    }, 900_000);
  },
);
