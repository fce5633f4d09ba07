import { describe, expect, it } from 'vitest';
import { memoryStore } from '../app/storage.js';
import {
  clearMembership,
  MEMBERSHIP_KEY,
  membershipOfRun,
  readMembership,
  writeMembership,
  type Membership,
} from './membership.js';

const joined: Membership = {
  code: 'AB12CD',
  playerToken: 'token-1234567890',
  playerId: '6f1c1f5e-59a4-4a0e-9d1e-1d7f0e0b9c11',
  nickname: 'Mei',
  title: 'Economics 2B',
  scenarioId: 'foshan-appliances',
  seed: 42,
  visibility: 'self',
  board: 'classroom:AB12CD',
  runId: '0d3c7a3c-8f0e-4b55-9f5e-2f1a1b3c4d5e',
};

describe('class membership', () => {
  it('survives a reload and ties the class to its game', () => {
    const store = memoryStore();
    writeMembership(store, joined);
    expect(readMembership(store)).toEqual(joined);
    expect(membershipOfRun(store, joined.runId)).toEqual(joined);
    expect(membershipOfRun(store, 'another-run')).toBeNull();
    clearMembership(store);
    expect(readMembership(store)).toBeNull();
  });

  it('reads damaged or foreign data as no membership', () => {
    expect(readMembership(memoryStore({ [MEMBERSHIP_KEY]: '{oops' }))).toBeNull();
    const bad = JSON.stringify({ ...joined, visibility: 'everyone' });
    expect(readMembership(memoryStore({ [MEMBERSHIP_KEY]: bad }))).toBeNull();
  });
});
