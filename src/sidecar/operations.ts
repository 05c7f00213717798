// What the sidecar's main thread asks a server worker to do, and what comes back.
import type { ConfigurationChange, PortChange, PortSelector } from '../core/model.js';
import type { Naming } from './naming.js';

export type Operation =
  | { readonly op: 'connect' }
  | { readonly op: 'close' }
  | { readonly op: 'listPorts' }
  | { readonly op: 'getPort'; readonly selector: PortSelector }
  | { readonly op: 'getDeviceStatus'; readonly selector: PortSelector }
  | { readonly op: 'setPort'; readonly selector: PortSelector; readonly change: PortChange }
  | { readonly op: 'listRoutingMethods'; readonly selector: PortSelector }
  | { readonly op: 'setRoutingMethodEnabled'; readonly selector: PortSelector; readonly guid: string; readonly enabled: boolean }
  | { readonly op: 'getConfiguration' }
  | { readonly op: 'setConfiguration'; readonly change: ConfigurationChange }
  | { readonly op: 'simulatorStats' };

/** An error flattened to data so it can cross the thread boundary. */
export interface SerializedError {
  readonly type: string;
  readonly message: string;
  readonly api?: string;
  readonly win32Code?: number;
  readonly win32Name?: string;
  readonly field?: string;
  readonly selector?: string;
}

export interface WorkerRequest {
  readonly id: number;
  readonly operation: Operation;
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
