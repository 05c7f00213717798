// What each method does: every call on a fax server goes to that server's worker.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot, resolveLibrary } from '../winfax/library-path.js';
import { displayServerName } from '../core/server-name.js';
import type { PortSelector } from '../core/model.js';
import { PROTOCOL_VERSION } from './messages.js';
import type { MethodName, ParamsOf } from './schemas.js';
import type { ServerPool } from './server-pool.js';

export interface MethodContext {
  readonly pool: ServerPool;
  /** Asks the sidecar to stop once this answer is written. */
  requestShutdown(): void;
}

type Handlers = { [M in MethodName]: (params: ParamsOf<M>, context: MethodContext) => Promise<unknown> };

function selector(params: { deviceId?: number | undefined; name?: string | undefined }): PortSelector {
  return params.deviceId !== undefined ? { deviceId: params.deviceId } : { name: params.name ?? '' };
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

export const handlers: Handlers = {
  async handshake() {
    const library = resolveLibrary(undefined);
    return {
      protocolVersion: PROTOCOL_VERSION,
      packageVersion: packageVersion(),
      nodeVersion: process.version,
      platform: process.platform,
      library: { source: library.source, simulator: library.source === 'simulator' },
    };
  },
  async 'server.connect'(p, { pool }) {
    const worker = pool.forServer(p.server);
    await worker.call({ op: 'connect' });
    return { server: worker.server, connected: true };
  },
  async 'server.disconnect'(p, { pool }) {
    return { server: displayServerName(p.server), disconnected: await pool.remove(p.server) };
  },
  async 'server.list'(_p, { pool }) {
    return pool.connections();
  },
  async 'port.list'(p, { pool }) {
    return pool.forServer(p.server).call({ op: 'listPorts' });
  },
  async 'port.get'(p, { pool }) {
    return pool.forServer(p.server).call({ op: 'getPort', selector: selector(p) });
  },
  async 'port.status'(p, { pool }) {
    return pool.forServer(p.server).call({ op: 'getDeviceStatus', selector: selector(p) });
  },
  async 'port.set'(p, { pool }) {
    return pool.forServer(p.server).call({ op: 'setPort', selector: selector(p), change: p.change });
  },
  async 'routing.list'(p, { pool }) {
    return pool.forServer(p.server).call({ op: 'listRoutingMethods', selector: selector(p) });
  },
  async 'routing.setEnabled'(p, { pool }) {
    return pool.forServer(p.server).call({ op: 'setRoutingMethodEnabled', selector: selector(p), guid: p.guid, enabled: p.enabled });
  },
  async 'config.get'(p, { pool }) {
    return pool.forServer(p.server).call({ op: 'getConfiguration' });
  },
  async 'config.set'(p, { pool }) {
    return pool.forServer(p.server).call({ op: 'setConfiguration', change: p.change });
  },
  async 'simulator.stats'(_p, { pool }) {
    // The simulator counts per process, so any one worker reports for all of them.
    return (pool.any() ?? pool.forServer(undefined)).call({ op: 'simulatorStats' });
  },
  async shutdown(_p, context) {
    context.requestShutdown();
    return null;
  },
};
