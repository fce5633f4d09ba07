/** What the URL asks for: `?seed=N`, `?scenario=id`, `?test=1`. */
export interface LaunchParams {
  readonly seed: number | null;
  readonly scenarioId: string | null;
  readonly test: boolean;
}

const MAX_SEED = 0xffff_ffff;

export function parseLaunchParams(search: string): LaunchParams {
  const q = new URLSearchParams(search);
  const seedText = q.get('seed');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) ? Number(seedText) : null;
  const scenario = q.get('scenario');
  return {
    seed: seed !== null && seed <= MAX_SEED ? seed : null,
    scenarioId: scenario !== null && /^[a-z0-9-]{1,60}$/.test(scenario) ? scenario : null,
    test: q.get('test') === '1',
  };
}

/** The URL without the one-shot game parameters (kept: `test`), so a reload resumes the save. */
export function withoutGameParams(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('seed');
  url.searchParams.delete('scenario');
  return url.toString();
}
