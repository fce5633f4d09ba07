// The built server for a bench suite: started as a child process, stopped by
// the suite or by the cleanup that runs on Ctrl-C or a failure.
import { startChildServer, type ChildServer } from './child-server.js';
import { onCleanup } from './cleanup.js';

export interface BenchServer {
  server: ChildServer;
  /** Throws when the server has died: pass it to `measure`, so a dead server fails the bench at once. */
  alive: () => void;
  /** Stops the server (SIGTERM, then SIGKILL) and resolves with how it exited. */
  stop: () => Promise<string>;
}

export async function startBenchServer(
  databaseUrl: string,
  gameDist: string,
): Promise<BenchServer> {
  let fatal: string | null = null;
  const server = await startChildServer(databaseUrl, gameDist, (reason) => {
    fatal = reason;
  });
  let exit = 'still running';
  const stopServer = onCleanup(
    'stop the server',
    async () => {
      exit = await server.stop();
    },
    () => {
      server.kill();
    },
  );
  return {
    server,
    alive: () => {
      if (fatal !== null) throw new Error(fatal);
    },
    stop: async () => {
      await stopServer();
      return exit;
    },
  };
}
