import { describe, expect, it } from 'vitest';
import { memoryStore } from '../app/storage.js';
import {
  enqueue,
  findRun,
  flushQueue,
  QUEUE_KEY,
  readQueue,
  type QueuedRun,
} from './submit-queue.js';

const run = (runId: string): Omit<QueuedRun, 'status'> => ({
  runId,
  scenarioId: 'foshan-appliances',
  seed: 1,
  decisions: [{ spend: {} }],
  nickname: 'Mei',
  board: 'global',
});

describe('submit queue', () => {
  it('keeps queued runs across reloads and reads corrupt data as empty', () => {
    const store = memoryStore();
    enqueue(store, run('a'));
    enqueue(store, run('b'));
    expect(readQueue(store).map((r) => [r.runId, r.status])).toEqual([
      ['a', 'queued'],
      ['b', 'queued'],
    ]);
    expect(readQueue(memoryStore({ [QUEUE_KEY]: '{oops' }))).toEqual([]);
    expect(readQueue(memoryStore({ [QUEUE_KEY]: '[{"runId":1}]' }))).toEqual([]);
  });

  it('sends queued runs and records rank and score', async () => {
    const store = memoryStore();
    enqueue(store, run('a'));
    const waiting = await flushQueue(store, () =>
      Promise.resolve({ ok: true, score: 900, rank: 2, boardSize: 5 }),
    );
    expect(waiting).toBe(0);
    expect(findRun(store, 'a')).toMatchObject({
      status: 'sent',
      result: { score: 900, rank: 2, boardSize: 5 },
    });
    // A sent run is never queued again.
    expect(enqueue(store, run('a')).status).toBe('sent');
  });

  it('waits while the server is unreachable and submits once it answers', async () => {
    const store = memoryStore();
    enqueue(store, run('a'));
    enqueue(store, run('b'));
    let calls = 0;
    const down = await flushQueue(store, () => {
      calls++;
      return Promise.resolve({ ok: false, retry: true, problem: 'offline' });
    });
    expect([down, calls]).toEqual([2, 1]);
    expect(findRun(store, 'a')).toMatchObject({ status: 'queued', problem: 'offline' });
    const up = await flushQueue(store, () =>
      Promise.resolve({ ok: true, score: 1, rank: 1, boardSize: 1 }),
    );
    expect(up).toBe(0);
    expect(findRun(store, 'a')?.problem).toBeUndefined();
  });

  it('marks a refused run and carries on with the next', async () => {
    const store = memoryStore();
    enqueue(store, run('bad'));
    enqueue(store, run('good'));
    await flushQueue(store, (r) =>
      Promise.resolve(
        r.runId === 'bad'
          ? { ok: false, retry: false, problem: 'replay refused' }
          : { ok: true, score: 5, rank: 1, boardSize: 1 },
      ),
    );
    expect(findRun(store, 'bad')).toMatchObject({ status: 'refused', problem: 'replay refused' });
    expect(findRun(store, 'good')?.status).toBe('sent');
  });

  it('keeps a class run’s class and token through a reload and after it is sent', async () => {
    const store = memoryStore();
    const classroom = { code: 'AB12CD', playerToken: 'token-123' };
    enqueue(store, { ...run('c'), board: 'classroom', classroom });
    expect(readQueue(store)[0]).toMatchObject({ board: 'classroom', classroom });
    const seen: QueuedRun[] = [];
    await flushQueue(store, (r) => {
      seen.push(r);
      return Promise.resolve({ ok: true, score: 7, rank: null, boardSize: 3 });
    });
    expect(seen[0]?.classroom).toEqual(classroom);
    expect(findRun(store, 'c')).toMatchObject({ status: 'sent', board: 'classroom', classroom });
  });
});
