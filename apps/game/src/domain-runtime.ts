/**
 * The domain (with zod and the scenario data) is loaded lazily, after the
 * first paint: the Preload scene awaits `loadDomain()`, and later scenes use
 * `domain()`. Everything else imports only the domain's types.
 */
import type * as DomainModule from '@smile-curve/domain';

export type Domain = typeof DomainModule;

let loaded: Domain | undefined;

/** Loads the domain module once; later calls return the same module. */
export async function loadDomain(): Promise<Domain> {
  loaded ??= await import('@smile-curve/domain');
  return loaded;
}

/** The loaded domain. Throws if called before `loadDomain()` resolved (a programming error). */
export function domain(): Domain {
  if (!loaded) throw new Error('The domain is not loaded yet: await loadDomain() first.');
  return loaded;
}
