import { strategies } from '@smile-curve/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDomain } from '../domain-runtime.js';
import { launch, type LaunchDeps } from './launch.js';
import type { LaunchParams } from './launch-params.js';
import { readSave, SAVE_KEY, writeSave } from './save.js';
import { GameSession } from './session.js';
import { memoryStore } from './storage.js';

const deps: LaunchDeps = {
  defaultScenarioId: 'dongguan-electronics',
  newSeed: () => 7,
  newRunId: () => 'run-fresh-0001',
};
const none: LaunchParams = { seed: null, scenarioId: null, test: false };
const setup = { runId: 'run-saved-0001', scenarioId: 'foshan-appliances', seed: 5, daily: null };

function savedStore(years: number) {
  const started = GameSession.start(setup);
  if (!started.ok) throw new Error('start');
  for (let i = 0; i < years; i++)
    started.session.decide(strategies.balancedGic(started.session.state));
  const store = memoryStore();
  writeSave(store, started.session.toSave());
  return { store, session: started.session };
}

describe('launch', () => {
  beforeAll(async () => {
    await loadDomain();
  });

  it('opens the title when nothing is saved', () => {
    expect(launch(memoryStore(), none, deps)).toMatchObject({ scene: 'Title', notice: null });
  });

  it('resumes a saved game at the same year with the same state', () => {
    const { store, session } = savedStore(3);
    const route = launch(store, none, deps);
    expect(route.scene).toBe('Play');
    expect(route.session?.state).toEqual(session.state);
  });

  it('opens the debrief of a finished game', () => {
    const { store } = savedStore(16);
    expect(launch(store, none, deps).scene).toBe('Debrief');
  });

  it('clears corrupt and outdated saves with a notice, never a crash', () => {
    const corrupt = memoryStore({ [SAVE_KEY]: '{"v":1,"runId":' });
    expect(launch(corrupt, none, deps)).toMatchObject({
      scene: 'Title',
      notice: { key: 'notice.corrupt' },
    });
    expect(readSave(corrupt).kind).toBe('none');
    const old = memoryStore({ 'smile-curve:save:v0': '{}' });
    expect(launch(old, none, deps).notice?.key).toBe('notice.outdated');
    const unplayable = memoryStore({
      [SAVE_KEY]: JSON.stringify({ v: 1, ...setup, decisions: [{ spend: { process: 1e5 } }] }),
    });
    expect(launch(unplayable, none, deps).notice?.key).toBe('notice.replayFailed');
  });

  it('starts the game the URL asks for, or resumes it when it is the saved one', () => {
    const fresh = launch(memoryStore(), { ...none, seed: 9 }, deps);
    expect(fresh).toMatchObject({ scene: 'Play', fresh: true });
    expect(fresh.session?.setup).toMatchObject({ scenarioId: 'dongguan-electronics', seed: 9 });
    const { store } = savedStore(2);
    const same = launch(store, { ...none, seed: 5, scenarioId: 'foshan-appliances' }, deps);
    expect(same).toMatchObject({ scene: 'Play', fresh: false });
    expect(same.session?.decisions.length).toBe(2);
    const unknown = launch(memoryStore(), { ...none, scenarioId: 'atlantis' }, deps);
    expect(unknown).toMatchObject({ scene: 'Title', notice: { key: 'notice.badParams' } });
  });
});
