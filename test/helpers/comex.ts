// What the FaxComEx suites share: the environment that asks for the bridge's managed stand-in,
// and the error an asynchronous bridge call must reject with.
import { STAND_IN_ENV } from '../../src/comex/session.js';

export const standIn = { [STAND_IN_ENV]: '1' };

export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}
