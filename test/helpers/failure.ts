// The error a call must throw, of the type the test expects, for tests that call synchronous code.
import { expect } from 'chai';
import { FaxApiError } from '../../src/winfax/errors.js';

export function thrown<E extends Error>(type: abstract new (...args: never[]) => E, call: () => unknown): E {
  try {
    call();
  } catch (error) {
    if (error instanceof type) return error;
    expect.fail(`expected a ${type.name}, got ${String(error)}`);
  }
  return expect.fail(`the call was expected to throw a ${type.name}`);
}

/** The FaxApiError a call into the binding must throw. */
export function apiFailure(call: () => unknown): FaxApiError {
  return thrown(FaxApiError, call);
}
