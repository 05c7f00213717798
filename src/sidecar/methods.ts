// What each method does: every call on a fax server goes to that server's worker.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot, resolveLibrary } from '../winfax/library-path.js';
import { displayServerName } from '../core/server-name.js';
import type { PortSelector } from '../core/model.js';
import { PROTOCOL_VERSION } from './messages.js';
import type { MethodName, ParamsOf } from './schemas.js';
import type { ServerPool } from './server-pool.js';
import { RawJson, type ServerConnection } from './connection.js';
import type { BackendName } from '../core/model.js';
import { type Naming, serializeResult } from './naming.js';

export interface MethodContext {
  readonly pool: ServerPool;
  /** Property names for results, as the handshake chose. */
  naming: Naming;
  /** Asks the sidecar to stop once this answer is written. */
  requestShutdown(): void;
}

type Handlers = { [M in MethodName]: (params: ParamsOf<M>, context: MethodContext) => Promise<unknown> };

function selector(params: { deviceId?: number | undefined; name?: string | undefined }): PortSelector {
  return params.deviceId !== undefined ? { deviceId: params.deviceId } : { name: params.name ?? '' };
}

/** The connection serving the server and backend a request names. */
function connectionFor(p: { server?: string | undefined; backend?: BackendName | undefined }, context: MethodContext): ServerConnection {
  return context.pool.forServer(p.server, p.backend);
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

export const handlers: Handlers = {
  async handshake(p, context) {
    if (p.naming) context.naming = p.naming;
    const library = resolveLibrary(undefined);
    return {
      protocolVersion: PROTOCOL_VERSION,
      packageVersion: packageVersion(),
      nodeVersion: process.version,
      platform: process.platform,
      library: { source: library.source, simulator: library.source === 'simulator' },
    };
  },
  async 'server.connect'(p, context) {
    const connection = connectionFor(p, context);
    await connection.call({ op: 'connect' }, context.naming);
    const { server, backend, connectedAt } = connection;
    return new RawJson(serializeResult({ server, backend, connected: true, connectedAt: (connectedAt ?? new Date()).toISOString() }, context.naming));
  },
  async 'server.disconnect'(p, { pool, naming }) {
    return new RawJson(serializeResult({ server: displayServerName(p.server), disconnected: await pool.remove(p.server, p.backend) }, naming));
  },
  async 'server.list'(_p, { pool, naming }) {
    return new RawJson(serializeResult(pool.list(), naming));
  },
  async 'port.list'(p, context) {
    return connectionFor(p, context).call({ op: 'listPorts' }, context.naming);
  },
  async 'port.get'(p, context) {
    return connectionFor(p, context).call({ op: 'getPort', selector: selector(p) }, context.naming);
  },
  async 'port.status'(p, context) {
    return connectionFor(p, context).call({ op: 'getDeviceStatus', selector: selector(p) }, context.naming);
  },
  async 'port.set'(p, context) {
    return connectionFor(p, context).call({ op: 'setPort', selector: selector(p), change: p.change }, context.naming);
  },
  async 'routing.list'(p, context) {
    return connectionFor(p, context).call({ op: 'listRoutingMethods', selector: selector(p) }, context.naming);
  },
  async 'routing.setEnabled'(p, context) {
    return connectionFor(p, context).call({ op: 'setRoutingMethodEnabled', selector: selector(p), guid: p.guid, enabled: p.enabled }, context.naming);
  },
  async 'config.get'(p, context) {
    return connectionFor(p, context).call({ op: 'getConfiguration' }, context.naming);
  },
  async 'config.set'(p, context) {
    return connectionFor(p, context).call({ op: 'setConfiguration', change: p.change }, context.naming);
  },
  async 'simulator.stats'(_p, context) {
    const { pool } = context;
    return (pool.anyWinFax() ?? pool.forServer(undefined, 'winfax')).call({ op: 'simulatorStats' }, context.naming);
  },
  async shutdown(_p, context) {
    context.requestShutdown();
    return null;
  },
};
