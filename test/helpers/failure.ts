// The FaxApiError a call must throw, for tests that call the binding directly.
import { expect } from 'chai';
import { FaxApiError } from '../../src/winfax/errors.js';

export function apiFailure(call: () => unknown): FaxApiError {
  try {
    call();
  } catch (error) {
    expect(error).to.be.instanceOf(FaxApiError);
    return error as FaxApiError;
  }
  throw new Error('the call was expected to fail');
}
