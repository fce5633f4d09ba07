export * from './prng/prng.js';
export { ENGINE_VERSION } from './version.js';
