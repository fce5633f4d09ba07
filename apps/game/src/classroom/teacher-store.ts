import type { KeyValueStore } from '../app/storage.js';
import type { Teacher } from '../net/classroom.js';

/** The class this browser teaches, so a reload of /teach returns to its dashboard. */
const TEACHER_KEY = 'smile-curve:teach:v1';

export function readTeacher(store: KeyValueStore): Teacher | null {
  try {
    const raw: unknown = JSON.parse(store.getItem(TEACHER_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { code, teacherKey } = raw as Record<string, unknown>;
    return typeof code === 'string' && typeof teacherKey === 'string' ? { code, teacherKey } : null;
  } catch {
    return null;
  }
}

export function writeTeacher(store: KeyValueStore, teacher: Teacher): void {
  store.setItem(TEACHER_KEY, JSON.stringify(teacher));
}

export function forgetTeacher(store: KeyValueStore): void {
  store.removeItem(TEACHER_KEY);
}
