import { randomUUID } from 'node:crypto';
import { DEFAULT_SCENARIO_ID } from '@smile-curve/domain';
import { expect } from 'vitest';
import { describeBadInputs, unchecked } from './helpers/bad-input-world.js';

describeBadInputs('bad classroom and board inputs are refused and write nothing', (w) => [
  {
    name: 'a wrong teacher key',
    code: 'FORBIDDEN',
    call: () =>
      w().api.classrooms.dashboard.query({ code: w().open.code, teacherKey: 'wrong-key' }),
  },
  {
    name: 'no teacher key',
    code: 'UNAUTHORIZED',
    call: () => w().api.classrooms.close.mutate({ code: w().open.code }),
  },
  {
    name: 'removing a player with a wrong key',
    code: 'FORBIDDEN',
    call: () =>
      w()
        .server.client({ 'x-teacher-key': 'guessed' })
        .classrooms.removePlayer.mutate({ code: w().open.code, playerId: randomUUID() }),
  },
  {
    name: 'removing a player who is not in the class',
    code: 'NOT_FOUND',
    call: () =>
      w().api.classrooms.removePlayer.mutate({
        code: w().open.code,
        teacherKey: w().open.teacherKey,
        playerId: randomUUID(),
      }),
  },
  {
    name: 'deleting a class with a wrong key',
    code: 'FORBIDDEN',
    call: () =>
      w().api.classrooms.delete.mutate({
        code: w().open.code,
        teacherKey: 'wrong-key',
        confirm: w().open.code,
      }),
  },
  {
    name: 'deleting a class without repeating its code',
    code: 'BAD_REQUEST',
    call: () =>
      w().api.classrooms.delete.mutate({
        code: w().open.code,
        teacherKey: w().open.teacherKey,
        confirm: w().closed.code,
      }),
    check: (data) => {
      expect(w().issuePaths(data)).toEqual(['confirm']);
    },
  },
  {
    name: 'deleting a class with no confirmation',
    code: 'BAD_REQUEST',
    call: () =>
      w().api.classrooms.delete.mutate(
        unchecked({ code: w().open.code, teacherKey: w().open.teacherKey }),
      ),
  },
  {
    name: 'deleting an unknown class',
    code: 'NOT_FOUND',
    call: () =>
      w().api.classrooms.delete.mutate({
        code: 'ZZZZZZ',
        teacherKey: w().open.teacherKey,
        confirm: 'ZZZZZZ',
      }),
  },
  { name: 'an empty nickname', code: 'BAD_REQUEST', call: () => w().join('') },
  { name: 'a nickname of spaces', code: 'BAD_REQUEST', call: () => w().join('    ') },
  { name: 'a 25-character nickname', code: 'BAD_REQUEST', call: () => w().join('a'.repeat(25)) },
  { name: 'a nickname with markup', code: 'BAD_REQUEST', call: () => w().join('<b>Lin</b>') },
  { name: 'a blocked English nickname', code: 'BAD_REQUEST', call: () => w().join('Fuck You') },
  { name: 'a blocked Chinese nickname', code: 'BAD_REQUEST', call: () => w().join('傻逼同学') },
  { name: 'a nickname posing as staff', code: 'BAD_REQUEST', call: () => w().join('Teacher') },
  {
    name: 'a taken nickname',
    code: 'CONFLICT',
    call: () => w().join('Lin'),
    check: (data) => {
      expect(data?.suggestion).toBe('Lin 2');
    },
  },
  { name: 'a taken nickname in other case', code: 'CONFLICT', call: () => w().join('LIN') },
  {
    name: 'joining a closed class',
    code: 'PRECONDITION_FAILED',
    call: () => w().join('Late', w().closed.code),
  },
  {
    name: 'submitting to a closed class',
    code: 'PRECONDITION_FAILED',
    call: () => w().submit({ classroomCode: w().closed.code, playerToken: w().closedToken }),
  },
  { name: 'joining an unknown class', code: 'NOT_FOUND', call: () => w().join('Ming', 'ZZZZZZ') },
  { name: 'a code with look-alikes', code: 'BAD_REQUEST', call: () => w().join('Ming', 'O0I1L0') },
  {
    name: 'a class for an unknown scenario',
    code: 'BAD_REQUEST',
    call: () =>
      w().api.classrooms.create.mutate({ title: 'X', scenarioId: 'atlantis', visibility: 'all' }),
  },
  {
    name: 'a class that closes in the past',
    code: 'BAD_REQUEST',
    call: () =>
      w().api.classrooms.create.mutate({
        title: 'X',
        scenarioId: DEFAULT_SCENARIO_ID,
        visibility: 'all',
        closesAt: '2001-01-01T00:00:00Z',
      }),
  },
  {
    name: 'an unknown visibility',
    code: 'BAD_REQUEST',
    call: () =>
      w().api.classrooms.create.mutate(
        unchecked({ title: 'X', scenarioId: DEFAULT_SCENARIO_ID, visibility: 'friends' }),
      ),
  },
  {
    name: 'an empty class title',
    code: 'BAD_REQUEST',
    call: () =>
      w().api.classrooms.create.mutate({
        title: ' ',
        scenarioId: DEFAULT_SCENARIO_ID,
        visibility: 'all',
      }),
  },
  {
    name: 'a progress ping for a year outside the game',
    code: 'BAD_REQUEST',
    call: () =>
      w().api.classrooms.progress.mutate({
        code: w().open.code,
        playerToken: w().linToken,
        year: 1999,
      }),
  },
  {
    name: 'a board that does not exist',
    code: 'BAD_REQUEST',
    call: () => w().api.leaderboards.top.query({ board: 'nonsense' }),
  },
  {
    name: 'a page of 1,000',
    code: 'BAD_REQUEST',
    call: () => w().api.leaderboards.top.query({ board: w().open.board, limit: 1000 }),
  },
  {
    name: 'a forged cursor',
    code: 'BAD_REQUEST',
    call: () => w().api.leaderboards.top.query({ board: w().open.board, cursor: 'garbage' }),
  },
  {
    name: 'the board of an unknown class',
    code: 'NOT_FOUND',
    call: () => w().api.leaderboards.top.query({ board: 'class:ZZZZZZ' }),
  },
  {
    name: 'an unknown run',
    code: 'NOT_FOUND',
    call: () => w().api.runs.get.query({ runId: randomUUID() }),
  },
  {
    name: 'an unknown scenario by id',
    code: 'NOT_FOUND',
    call: () => w().api.scenarios.get.query({ id: 'atlantis' }),
  },
]);
