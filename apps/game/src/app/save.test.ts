import { describe, expect, it } from 'vitest';
import { clearSave, parseSave, readSave, SAVE_KEY, writeSave, type SavedGame } from './save.js';
import { memoryStore } from './storage.js';

const save: SavedGame = {
  v: 1,
  runId: '0f8c8a3e-6a58-4c38-9a55-0d5e0f3a9b11',
  scenarioId: 'dongguan-electronics',
  seed: 42,
  daily: null,
  decisions: [{ spend: { process: 3 } }],
};

describe('save format', () => {
  it('round-trips a game as scenario, seed and decisions', () => {
    const store = memoryStore();
    writeSave(store, save);
    expect(readSave(store)).toEqual({ kind: 'ok', save });
    expect(Object.keys(JSON.parse(store.getItem(SAVE_KEY) ?? '{}') as object)).not.toContain(
      'state',
    );
  });

  it('reports nothing saved', () => {
    expect(readSave(memoryStore())).toEqual({ kind: 'none' });
  });

  it('reports corrupt data with a reason instead of throwing', () => {
    expect(parseSave('{not json')).toEqual({ kind: 'corrupt', reason: 'not JSON' });
    expect(parseSave('[]')).toEqual({ kind: 'corrupt', reason: 'not an object' });
    expect(parseSave(JSON.stringify({ ...save, seed: -1 }))).toEqual({
      kind: 'corrupt',
      reason: 'seed',
    });
    expect(parseSave(JSON.stringify({ ...save, decisions: 'x' }))).toEqual({
      kind: 'corrupt',
      reason: 'decisions',
    });
    expect(parseSave(JSON.stringify({ ...save, daily: 'today' }))).toEqual({
      kind: 'corrupt',
      reason: 'daily',
    });
  });

  it('recognises older versions, by field and by key, and clears them', () => {
    expect(parseSave(JSON.stringify({ ...save, v: 0 })).kind).toBe('outdated');
    const store = memoryStore({ 'smile-curve:save:v0': '{"state":{}}', other: 'x' });
    expect(readSave(store)).toEqual({ kind: 'outdated', key: 'smile-curve:save:v0' });
    clearSave(store);
    expect(readSave(store)).toEqual({ kind: 'none' });
    expect(store.getItem('other')).toBe('x');
  });
});
