// What the sidecar asks a server connection to do, and what comes back from a worker thread.
// An operation is named by its wire method (src/backends/operations.ts); connecting, closing and
// the simulator's counters belong to the connection rather than to a backend session.
import type { OperationName, OperationParams } from '../backends/operations.js';
import type { Naming } from './naming.js';

export type OperationCall = { [M in OperationName]: { readonly method: M; readonly params: OperationParams<M> } }[OperationName];

export type ConnectionCall = { readonly control: 'connect' | 'close' | 'simulatorStats' } | OperationCall;

/** An error flattened to data so it can cross the thread boundary. */
export interface SerializedError {
  readonly type: string;
  readonly message: string;
  readonly api?: string;
  readonly win32Code?: number;
  readonly win32Name?: string;
  readonly field?: string;
  readonly selector?: string;
  readonly deviceId?: number;
  readonly deviceName?: string;
  readonly guid?: string;
  readonly diagnostic?: string;
  readonly jobId?: number;
  readonly command?: string;
  readonly queueStatus?: readonly string[];
}

export interface WorkerRequest {
  readonly id: number;
  readonly call: ConnectionCall;
  readonly naming: Naming;
}

/** Results cross the thread boundary as JSON, which the main thread writes into the response
 * line without parsing it again: small ones as text, large ones as UTF-8 bytes whose buffer is
 * transferred rather than copied (see server-worker.ts). */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly json: string | Uint8Array<ArrayBuffer>; readonly connected: boolean }
  | { readonly id: number; readonly ok: false; readonly error: SerializedError; readonly connected: boolean };

export interface WorkerData {
  /** The server as the client named it; undefined for the local server. */
  readonly server: string | undefined;
}
