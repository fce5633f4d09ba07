// Regenerates expected.json. Only for a deliberate model change (bump ENGINE_VERSION too).
import { writeFileSync } from 'node:fs';
import { fingerprints } from './fingerprint.js';

writeFileSync(
  new URL('./expected.json', import.meta.url),
  `${JSON.stringify(fingerprints(), null, 2)}\n`,
);
