import { STATUS_CODES } from 'node:http';
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import type { FastifyError, FastifyInstance } from 'fastify';

/**
 * Errors raised before tRPC sees a request (body too large, rate limited,
 * wrong content type) answered in tRPC's error shape under /trpc, so
 * @trpc/client reports them with their code like any procedure error.
 */

function trpcCodeOf(status: number): TRPC_ERROR_CODE_KEY {
  switch (status) {
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  }
}

export function registerErrorShapes(server: FastifyInstance): void {
  server.setErrorHandler<FastifyError>((error, req, reply) => {
    const status =
      typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    const message = status >= 500 ? 'Internal server error' : error.message;
    if (req.url.startsWith('/trpc')) {
      const code = trpcCodeOf(status);
      return reply.code(status).send({
        error: {
          message,
          code: TRPC_ERROR_CODES_BY_KEY[code],
          data: { code, httpStatus: status, path: null },
        },
      });
    }
    return reply
      .code(status)
      .send({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message });
  });
}
