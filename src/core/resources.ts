// Acquire-use-release for what the fax library hands out: handles and buffers are released on
// every path, and a failure while releasing surfaces only when nothing failed before it.
import type { FaxPointer, Out } from '../winfax/prototypes.js';
import type { WinFaxLibrary } from '../winfax/library.js';

/** Runs `use`, then `release`, on every path; when `use` returns a promise, once it settles. */
export function releaseAfter<T>(use: () => T, release: () => void): T {
  let result: T;
  try {
    result = use();
  } catch (error) {
    releaseQuietly(release);
    throw error;
  }
  if (result instanceof Promise) {
    return result.then(
      (value: unknown) => {
        release();
        return value;
      },
      (error: unknown) => {
        releaseQuietly(release);
        throw error;
      },
    ) as T;
  }
  release();
  return result;
}

/** The first failure is the one the caller needs; a release error after it would hide it. */
function releaseQuietly(release: () => void): void {
  try {
    release();
  } catch {
    // Dropped on purpose: see above.
  }
}

/**
 * Runs a call that fills an out pointer (a handle or a buffer); if the call throws after the
 * library stored a pointer anyway, `release` gets it, so even a misbehaving library cannot leak.
 */
export function acquire(call: (out: Out<FaxPointer | null>) => void, release: (pointer: FaxPointer) => void): FaxPointer | null {
  const out: Out<FaxPointer | null> = [null];
  try {
    call(out);
  } catch (error) {
    if (out[0] !== null) release(out[0]);
    throw error;
  }
  return out[0];
}

export function closeHandle(library: WinFaxLibrary, handle: FaxPointer): void {
  library.invoke('FaxClose', handle);
}

export function freeBuffer(library: WinFaxLibrary, buffer: FaxPointer): void {
  library.functions.FaxFreeBuffer(buffer);
}

/** Uses a handle and closes it with FaxClose afterwards, whatever happened. */
export function usingHandle<T>(library: WinFaxLibrary, handle: FaxPointer, use: (handle: FaxPointer) => T): T {
  return releaseAfter(
    () => use(handle),
    () => closeHandle(library, handle),
  );
}

/** Uses a buffer from a FaxGet or FaxEnum call and releases it with FaxFreeBuffer afterwards. */
export function usingBuffer<T>(library: WinFaxLibrary, buffer: FaxPointer | null, use: (buffer: FaxPointer | null) => T): T {
  return releaseAfter(
    () => use(buffer),
    () => {
      if (buffer !== null) freeBuffer(library, buffer);
    },
  );
}
