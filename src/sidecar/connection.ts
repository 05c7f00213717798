// What the sidecar holds for each server it talks to, whichever backend serves it.
import type { BackendName } from '../core/model.js';
import type { Naming } from './naming.js';
import type { ConnectionCall, SerializedError } from './calls.js';

/** A result already serialised as JSON (text, or UTF-8 bytes from a worker), written into the response as it is. */
export class RawJson {
  constructor(readonly json: string | Uint8Array) {}

  get text(): string {
    return typeof this.json === 'string' ? this.json : Buffer.from(this.json.buffer, this.json.byteOffset, this.json.byteLength).toString('utf8');
  }
}

/** A call failed with an error from the core (already flattened). */
export class OperationError extends Error {
  override readonly name = 'OperationError';
  constructor(
    readonly detail: SerializedError,
    readonly server: string,
  ) {
    super(detail.message);
  }
}

export interface ServerConnection {
  /** The server as results name it. */
  readonly server: string;
  readonly backend: BackendName;
  /** When the server last accepted us; undefined while not connected. */
  readonly connectedAt: Date | undefined;
  /** Runs one operation; operations on one connection run in the order they were asked for. */
  call(call: ConnectionCall, naming?: Naming): Promise<RawJson>;
  /** Lets go of the server; true when it was connected. */
  close(): Promise<boolean>;
}
