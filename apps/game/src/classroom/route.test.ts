import { describe, expect, it } from 'vitest';
import { parseRoute, parseTeacherHash, teacherLink } from './route.js';

describe('routes', () => {
  it('opens the teacher page, join links and the game', () => {
    expect(parseRoute('/teach')).toEqual({ kind: 'teach' });
    expect(parseRoute('/teach/')).toEqual({ kind: 'teach' });
    expect(parseRoute('/join/ab12cd')).toEqual({ kind: 'join', code: 'AB12CD' });
    expect(parseRoute('/join')).toEqual({ kind: 'join', code: null });
    expect(parseRoute('/join/not-a-code')).toEqual({ kind: 'join', code: null });
    expect(parseRoute('/')).toEqual({ kind: 'game' });
    expect(parseRoute('/join/AB12CD/extra')).toEqual({ kind: 'game' });
  });

  it('round-trips the private teacher link through its fragment', () => {
    const link = teacherLink('http://school.example:3000', 'AB12CD', 'k3y_with-chars');
    const url = new URL(link);
    expect(url.pathname).toBe('/teach');
    expect(url.search).toBe('');
    expect(parseTeacherHash(url.hash)).toEqual({ code: 'AB12CD', teacherKey: 'k3y_with-chars' });
    expect(parseTeacherHash('#class=AB12CD')).toBeNull();
    expect(parseTeacherHash('')).toBeNull();
  });
});
