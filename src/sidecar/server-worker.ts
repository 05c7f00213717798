// A worker thread that owns one server connection and runs the core's synchronous calls for it.
// The fax library's last error is per thread, so every call and its error read stay on this one.
import { parentPort, workerData } from 'node:worker_threads';
import { FaxServerSession } from '../core/session.js';
import { NotSupportedError } from '../core/errors.js';
import { loadWinFax } from '../winfax/library.js';
import { perform } from '../backends/operations.js';
import type { ConnectionCall, WorkerData, WorkerReply, WorkerRequest } from './calls.js';
import { serializeResult } from './naming.js';
import { connectionLost, serializeError } from './serialize-error.js';

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

function run(call: ConnectionCall): unknown {
  if ('method' in call) return perform(openSession(), call.method, call.params);
  switch (call.control) {
    case 'connect':
      openSession();
      return null;
    case 'close': {
      const open = session;
      session = undefined;
      open?.close();
      return open !== undefined;
    }
    case 'simulatorStats': {
      const controls = loadWinFax().simulator;
      if (!controls) throw new NotSupportedError('simulator.stats is only available with the winfax simulator');
      return controls.stats();
    }
  }
}

parentPort?.on('message', ({ id, call, naming }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, json: encoded(serializeResult(run(call), naming)), connected: session !== undefined };
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
    reply = { id, ok: false, error: serializeError(error), connected: session !== undefined };
  }
  parentPort?.postMessage(reply, reply.ok && typeof reply.json !== 'string' ? [reply.json.buffer] : []);
});
