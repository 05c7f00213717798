// What each method does: every call on a fax server goes to that server's worker.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot, resolveLibrary } from '../winfax/library-path.js';
import { displayServerName } from '../core/server-name.js';
import { PROTOCOL_VERSION } from './messages.js';
import { MAX_LINE_BYTES } from './framing.js';
import type { MethodName, SidecarMethodName, SidecarParamsOf } from './schemas.js';
import { OPERATIONS, OPERATION_NAMES, isOperationName } from '../backends/operations.js';
import type { OperationCall } from './calls.js';
import type { ServerPool } from './server-pool.js';
import { OperationError, type ServerConnection } from './connection.js';
import { serializeError } from './serialize-error.js';
import type { BackendName } from '../core/model.js';
import type { Naming } from './naming.js';

export interface MethodContext {
  readonly pool: ServerPool;
  /** Property names for results, as the handshake chose. */
  naming: Naming;
  /** Asks the sidecar to stop once this answer is written. */
  requestShutdown(): void;
}

/** How far a request that spans servers has got: sent as a `progress` notification for its id. */
export interface ProgressUpdate {
  readonly server: string;
  readonly completed: number;
  readonly total: number;
}

/** What a handler may do for the one request it serves. */
export interface RequestContext {
  /** Tells the client that one more server is done (nothing for a request sent as a notification). */
  progress(update: ProgressUpdate): void;
}

const NO_PROGRESS: RequestContext = { progress: () => undefined };

type Handlers = { [M in SidecarMethodName]: (params: SidecarParamsOf<M>, context: MethodContext, request: RequestContext) => Promise<unknown> };

/** The connection serving the server and backend a request names; a backend that cannot serve
 * it here is refused as that server's error. */
function connectionFor(p: { server?: string | undefined; backend?: BackendName | undefined }, context: MethodContext): ServerConnection {
  try {
    return context.pool.forServer(p.server, p.backend);
  } catch (error) {
    throw new OperationError(serializeError(error), displayServerName(p.server));
  }
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

const handlers: Handlers = {
  async handshake(p, context) {
    if (p.naming) context.naming = p.naming;
    const library = resolveLibrary(undefined);
    return {
      protocolVersion: PROTOCOL_VERSION,
      packageVersion: packageVersion(),
      nodeVersion: process.version,
      // A longer request line is refused unread: a client can say so before it sends one.
      maxRequestBytes: MAX_LINE_BYTES,
      platform: process.platform,
      library: { source: library.source, simulator: library.source === 'simulator' },
      // From the operation table: what each server method needs, and whether a client may send
      // it again to a new sidecar when the old one died before answering.
      operations: OPERATION_NAMES.map((method) => ({ method, access: OPERATIONS[method].access, resendable: OPERATIONS[method].resendable })),
    };
  },
  async 'server.connect'(p, context) {
    const connection = connectionFor(p, context);
    await connection.call({ control: 'connect' }, context.naming);
    const { server, backend, connectedAt } = connection;
    return { server, backend, connected: true, connectedAt: (connectedAt ?? new Date()).toISOString() };
  },
  async 'server.disconnect'(p, { pool }) {
    return { server: displayServerName(p.server), disconnected: await pool.remove(p.server, p.backend) };
  },
  async 'server.list'(_p, { pool }) {
    return pool.list();
  },
  async 'simulator.stats'(_p, context) {
    const { pool } = context;
    return (pool.anyWinFax() ?? pool.forServer(undefined, 'winfax')).call({ control: 'simulatorStats' }, context.naming);
  },
  async shutdown(_p, context) {
    context.requestShutdown();
    return null;
  },
  // Loaded on first use: the document layer (ajv, jsonc-parser) stays out of the sidecar's cold start.
  'configuration.export': async (p, { pool }, request) => (await import('./configuration.js')).configurationHandlers['configuration.export'](p, pool, request),
  'configuration.compare': async (p, { pool }, request) => (await import('./configuration.js')).configurationHandlers['configuration.compare'](p, pool, request),
  'configuration.import': async (p, { pool }, request) => (await import('./configuration.js')).configurationHandlers['configuration.import'](p, pool, request),
};

/** Runs a method whose params its schema has accepted: an operation goes to the connection of the
 * server and backend it names, where the backend session performs it; the rest are answered here. */
export async function runMethod(method: MethodName, params: unknown, context: MethodContext, request: RequestContext = NO_PROGRESS): Promise<unknown> {
  if (isOperationName(method)) {
    // The schema of `method` produced `params` (see the dispatcher), which is what OperationCall pairs.
    const call = { method, params } as OperationCall;
    return connectionFor(call.params, context).call(call, context.naming);
  }
  const handler = handlers[method] as (p: unknown, c: MethodContext, r: RequestContext) => Promise<unknown>;
  return handler(params, context, request);
}


