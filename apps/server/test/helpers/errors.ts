import { TRPCClientError } from '@trpc/client';
import { expect } from 'vitest';
import type { AppRouter } from '../../src/routers/_app.js';

/** The error a call failed with, as @trpc/client reports it. */
export async function errorOf(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** Fails unless the call fails with this tRPC code; returns the error's data. */
export async function expectCode(call: Promise<unknown>, code: string) {
  const error = await errorOf(call);
  expect(error.data?.code, error.message).toBe(code);
  return error.data;
}
