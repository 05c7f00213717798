// What the sidecar asks a server connection to do, how a backend's session does it, and what
// comes back from a worker thread.
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

/** The operations that only read or write the server: the same call on either backend's session. */
export type SessionOperation = Exclude<Operation, { readonly op: 'connect' | 'close' | 'simulatorStats' }>;

/** What both the winfax and the FaxComEx session offer (results synchronous or promised). */
export interface OperationSession {
  listPorts(): unknown;
  getPort(selector: PortSelector): unknown;
  getDeviceStatus(selector: PortSelector): unknown;
  setPort(selector: PortSelector, change: PortChange): unknown;
  listRoutingMethods(selector: PortSelector): unknown;
  setRoutingMethodEnabled(selector: PortSelector, guid: string, enabled: boolean): unknown;
  getConfiguration(): unknown;
  setConfiguration(change: ConfigurationChange): unknown;
}

export function performOn(session: OperationSession, operation: SessionOperation): unknown {
  switch (operation.op) {
    case 'listPorts':
      return session.listPorts();
    case 'getPort':
      return session.getPort(operation.selector);
    case 'getDeviceStatus':
      return session.getDeviceStatus(operation.selector);
    case 'setPort':
      return session.setPort(operation.selector, operation.change);
    case 'listRoutingMethods':
      return session.listRoutingMethods(operation.selector);
    case 'setRoutingMethodEnabled':
      return session.setRoutingMethodEnabled(operation.selector, operation.guid, operation.enabled);
    case 'getConfiguration':
      return session.getConfiguration();
    case 'setConfiguration':
      return session.setConfiguration(operation.change);
  }
}

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
