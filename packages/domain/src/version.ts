/**
 * The version of the simulation rules. A stored run is replayed with the engine
 * version it was played on; bump this whenever a change would alter the state
 * that any (scenario, seed, decisions) produces.
 */
export const ENGINE_VERSION = '0.1.0';
