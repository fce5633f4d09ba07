/** Which page the URL opens: the game, the teacher page, or a class's join link. */
export type Route =
  | { readonly kind: 'game' }
  | { readonly kind: 'teach' }
  | { readonly kind: 'join'; readonly code: string | null };

const CODE = /^[A-Za-z0-9]{6}$/;

/** `/teach`, `/join` and `/join/CODE` (the QR target); anything else is the game. */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((part) => part !== '');
  if (parts.length === 1 && parts[0] === 'teach') return { kind: 'teach' };
  if (parts[0] === 'join' && parts.length <= 2) {
    const code = parts[1];
    return {
      kind: 'join',
      code: code !== undefined && CODE.test(code) ? code.toUpperCase() : null,
    };
  }
  return { kind: 'game' };
}

/** The teacher's private link: the key rides in the fragment, which browsers never send to a server. */
export function teacherLink(origin: string, code: string, teacherKey: string): string {
  const hash = new URLSearchParams({ class: code, key: teacherKey });
  return `${origin}/teach#${hash.toString()}`;
}

/** The class and key a private teacher link carries, or null. */
export function parseTeacherHash(hash: string): { code: string; teacherKey: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('class');
  const teacherKey = params.get('key');
  if (code === null || !CODE.test(code) || teacherKey === null || teacherKey === '') return null;
  return { code: code.toUpperCase(), teacherKey };
}
