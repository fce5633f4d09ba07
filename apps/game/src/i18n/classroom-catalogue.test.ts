import { describe, expect, it } from 'vitest';
import { classroomEn, type ClassroomKey } from './classroom-en.js';
import { classroomZh } from './classroom-zh.js';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('classroom catalogues', () => {
  const keys = Object.keys(classroomEn) as ClassroomKey[];

  it('has every key in both languages, none empty', () => {
    expect(Object.keys(classroomZh).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(classroomEn[key].trim(), key).not.toBe('');
      expect(classroomZh[key].trim(), key).not.toBe('');
    }
  });

  it('fills the same placeholders in English and Chinese', () => {
    for (const key of keys) {
      expect(placeholders(classroomZh[key]), key).toEqual(placeholders(classroomEn[key]));
    }
  });
});
