import { createServer } from './create-server.js';
import { loadEnv } from './env.js';

const env = loadEnv();
const app = await createServer(env);
const url = await app.start();
console.log(`Smile Curve is running at ${url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.server.log.info(`${signal} received, shutting down`);
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.server.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
