// A worker thread that owns one server connection and runs the core's synchronous calls for it.
// The fax library's last error is per thread, so every call and its error read stay on this one.
import { parentPort, workerData } from 'node:worker_threads';
import { FaxServerSession } from '../core/session.js';
import { FaxApiError } from '../winfax/errors.js';
import { NotSupportedError } from '../core/errors.js';
import { loadWinFax } from '../winfax/library.js';
import { ERROR_INVALID_HANDLE, RPC_S_CALL_FAILED, RPC_S_SERVER_UNAVAILABLE } from '../winfax/win32-errors.js';
import type { Operation, SerializedError, WorkerData, WorkerReply, WorkerRequest } from './operations.js';
import { serializeResult } from './naming.js';

const { server } = workerData as WorkerData;
let session: FaxServerSession | undefined;

/** From this length on, a result crosses to the main thread as UTF-8 bytes with their buffer
 * transferred: no copy of the text, and no encoding on the main thread, which writes the bytes
 * as they are. Shorter results cross as text, which costs them less (measured: 10 and 100
 * ports are quicker as text, 1,000 and 10,000 as bytes). */
const TRANSFER_FROM = 64 * 1024;
// encode() returns a fresh buffer each time, which can be transferred; Buffer.from pools small ones.
const utf8 = new TextEncoder();

function encoded(json: string): string | Uint8Array<ArrayBuffer> {
  return json.length < TRANSFER_FROM ? json : utf8.encode(json);
}

function openSession(): FaxServerSession {
  session ??= FaxServerSession.connect({ server });
  return session;
}

function run(operation: Operation): unknown {
  switch (operation.op) {
    case 'connect':
      openSession();
      return null;
    case 'close': {
      const open = session;
      session = undefined;
      open?.close();
      return open !== undefined;
    }
    case 'listPorts':
      return openSession().listPorts();
    case 'getPort':
      return openSession().getPort(operation.selector);
    case 'getDeviceStatus':
      return openSession().getDeviceStatus(operation.selector);
    case 'setPort':
      return openSession().setPort(operation.selector, operation.change);
    case 'listRoutingMethods':
      return openSession().listRoutingMethods(operation.selector);
    case 'setRoutingMethodEnabled':
      return openSession().setRoutingMethodEnabled(operation.selector, operation.guid, operation.enabled);
    case 'getConfiguration':
      return openSession().getConfiguration();
    case 'setConfiguration':
      return openSession().setConfiguration(operation.change);
    case 'simulatorStats': {
      const controls = loadWinFax().simulator;
      if (!controls) throw new NotSupportedError('simulator.stats is only available with the winfax simulator');
      return controls.stats();
    }
  }
}

const SERVER_HANDLE_APIS = new Set(['FaxEnumPortsW', 'FaxGetConfigurationW', 'FaxSetConfigurationW']);

/** The server forgot our handle or cannot be reached: reconnect on the next request. */
function connectionLost(error: unknown): boolean {
  if (!(error instanceof FaxApiError)) return false;
  if (error.win32Code === RPC_S_SERVER_UNAVAILABLE || error.win32Code === RPC_S_CALL_FAILED) return true;
  return error.win32Code === ERROR_INVALID_HANDLE && SERVER_HANDLE_APIS.has(error.api);
}

function serialize(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { type: 'Error', message: String(error) };
  const detail = error as Error & Partial<Record<'api' | 'win32Code' | 'win32Name' | 'field' | 'selector', unknown>>;
  return {
    // Every Win32 failure is a FaxApiError on the wire; subclasses differ only in their message.
    type: error instanceof FaxApiError ? 'FaxApiError' : error.name,
    message: error.message,
    ...(typeof detail.api === 'string' ? { api: detail.api } : {}),
    ...(typeof detail.win32Code === 'number' ? { win32Code: detail.win32Code } : {}),
    ...(typeof detail.win32Name === 'string' ? { win32Name: detail.win32Name } : {}),
    ...(typeof detail.field === 'string' ? { field: detail.field } : {}),
    ...(typeof detail.selector === 'string' ? { selector: detail.selector } : {}),
  };
}

parentPort?.on('message', ({ id, operation, naming }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, json: encoded(serializeResult(run(operation), naming)), connected: session !== undefined };
  } catch (error) {
    if (connectionLost(error) && session) {
      const lost = session;
      session = undefined;
      try {
        lost.close();
      } catch {
        // The handle is already dead on the server's side; nothing more to release here.
      }
    }
    reply = { id, ok: false, error: serialize(error), connected: session !== undefined };
  }
  parentPort?.postMessage(reply, reply.ok && typeof reply.json !== 'string' ? [reply.json.buffer] : []);
});
