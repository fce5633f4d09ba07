import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Graceful close for the HTTP server. `server.close()` already ends idle
 * keep-alive connections and waits for requests in flight, but it also waits
 * for connections that have not sent a request yet (a browser's preconnect),
 * until the headers timeout. Those hold nothing, so they are closed at once;
 * anything still open after the grace period is cut.
 */
export function trackConnections(server: Server) {
  const fresh = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    fresh.add(socket);
    socket.once('close', () => fresh.delete(socket));
  });
  server.on('request', (req: { socket: Socket }) => {
    fresh.delete(req.socket);
  });
  return {
    /** Call right after server.close() starts: drops connections that never sent a request. */
    dropUnused(): void {
      for (const socket of fresh) socket.destroy();
      fresh.clear();
    },
    /** Cuts every connection after `ms`, unless cancelled. */
    cutAfter(ms: number): () => void {
      const timer = setTimeout(() => {
        server.closeAllConnections();
      }, ms);
      timer.unref();
      return () => {
        clearTimeout(timer);
      };
    },
  };
}
