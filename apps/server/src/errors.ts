import type { DomainErrorCode } from '@smile-curve/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/**
 * Facts an error hands to the client in `error.data`, beside its code: the
 * errorFormatter in trpc.ts copies them from the error's cause.
 */
export interface ClientErrorDetails {
  /** A replay failed: the domain's error code, the game year (null: before any year) and the input path. */
  domainCode?: DomainErrorCode;
  year?: number | null;
  domainPath?: (string | number)[];
  /** A nickname was taken: a free one to offer instead. */
  suggestion?: string;
}

/** The cause of a TRPCError whose details reach the client. */
export class DetailedError extends Error {
  constructor(
    message: string,
    readonly details: ClientErrorDetails,
  ) {
    super(message);
    this.name = 'DetailedError';
  }
}

/** Throws a tRPC error with a client-facing message and, optionally, details. */
export function fail(
  code: TRPC_ERROR_CODE_KEY,
  message: string,
  details?: ClientErrorDetails,
): never {
  throw new TRPCError({
    code,
    message,
    ...(details ? { cause: new DetailedError(message, details) } : {}),
  });
}
