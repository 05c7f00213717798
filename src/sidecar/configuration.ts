// The configuration methods (issue 14): one document over several servers. They are sidecar
// methods rather than operation-table entries because each spans servers: the document is parsed
// once here, and each server is read and written through its own connection with the table's
// operations (port.list, routing.list, config.get, port.set …), a bounded number of servers at once.
// The document comes as JSON text, never as a nested object: renaming a request's keys (PowerShell
// names to protocol names) must not touch a user's document, and the text keeps its line numbers.
import type { OperationName, OperationParams, OperationResult } from '../backends/operations.js';
import type { ConfigurationMethodName, ConfigurationParams } from './configuration-schemas.js';
import type { BackendName } from '../core/model.js';
import { displayServerName } from '../core/server-name.js';
import { serversToCompare } from '../config/compare.js';
import type { ConfigurationDocument } from '../config/document.js';
import { ConfigurationDocumentError } from '../config/errors.js';
import { type ConfigurationSession, compareFleet, DEFAULT_THROTTLE_LIMIT, exportFleet, importFleet, type ServerReport, type SessionOpener } from '../config/fleet.js';
import { parseConfiguration } from '../config/parse.js';
import type { OperationCall, SerializedError } from './calls.js';
import { OperationError, type ServerConnection } from './connection.js';
import { ErrorCode, RpcError } from './messages.js';
import type { ServerPool } from './server-pool.js';
import type { RequestContext } from './methods.js';
import { serializeError } from './serialize-error.js';

/** The reads and writes a plan needs, as the table's operations on one server's connection. */
function connectionSession(connection: ServerConnection, requested: string, backendName: BackendName | undefined): ConfigurationSession {
  const target = { server: requested, ...(backendName !== undefined ? { backend: backendName } : {}) };
  async function run<M extends OperationName>(method: M, params: OperationParams<M>): Promise<OperationResult<M>> {
    // The pair is the table's own (method, its params), which is what OperationCall holds.
    const reply = await connection.call({ method, params } as OperationCall, 'protocol');
    // The worker serialised the table's result for `method` with the protocol's names.
    return JSON.parse(reply.text) as OperationResult<M>;
  }
  return {
    server: connection.server,
    listPorts: () => run('port.list', target),
    listRoutingMethods: (selector) => run('routing.list', { ...target, ...selector }),
    getConfiguration: () => run('config.get', target),
    setPort: (selector, change) => run('port.set', { ...target, ...selector, change }),
    setRoutingMethodEnabled: (selector, guid, enabled) => run('routing.setEnabled', { ...target, ...selector, guid, enabled }),
    setConfiguration: (change) => run('config.set', { ...target, change }),
  };
}

/** Sessions on the pool's connections; `settled` hears of each server once its work is over, failed or not. */
function opener(pool: ServerPool, backendName: BackendName | undefined, settled: (server: string) => void): SessionOpener {
  return async (server, use) => {
    try {
      let connection: ServerConnection;
      try {
        connection = pool.forServer(server, backendName);
      } catch (error) {
        throw new OperationError(serializeError(error), displayServerName(server));
      }
      return await use(connectionSession(connection, server, backendName));
    } finally {
      settled(server);
    }
  };
}

/** Counts the servers done out of `total`, telling the client after each: a long fleet run is not a silent one. */
function serversDone(total: number, request: RequestContext): (server: string) => void {
  let completed = 0;
  return (server) => request.progress({ server: displayServerName(server), completed: ++completed, total });
}

function errorOf(error: unknown): SerializedError & { server?: string } {
  if (error instanceof OperationError) return { ...error.detail, server: error.server };
  return serializeError(error);
}

/** A report as it crosses the wire: errors as data. */
function wireReport(report: ServerReport): unknown {
  return {
    ...report,
    error: report.error === null ? null : errorOf(report.error),
    results: report.results.map((result) => ({ ...result, error: result.error === null ? null : errorOf(result.error) })),
  };
}

function documentOf(p: { document: string; path?: string | undefined }): ConfigurationDocument {
  try {
    return parseConfiguration(p.document, p.path ?? 'the document given');
  } catch (error) {
    if (!(error instanceof ConfigurationDocumentError)) throw error;
    throw new RpcError(ErrorCode.ValidationError, error.message, { type: 'ConfigurationDocument', source: error.source, issues: error.issues });
  }
}

function serversOf(document: ConfigurationDocument, requested: readonly string[] | undefined): string[] {
  try {
    return serversToCompare(document, requested ?? []);
  } catch (error) {
    throw new RpcError(ErrorCode.ValidationError, error instanceof Error ? error.message : String(error), { type: 'Validation', field: 'server' });
  }
}

type Handlers = { [M in ConfigurationMethodName]: (params: ConfigurationParams<M>, pool: ServerPool, request: RequestContext) => Promise<unknown> };

export const configurationHandlers: Handlers = {
  async 'configuration.export'(p, pool, request) {
    const names = p.server && p.server.length > 0 ? p.server : ['localhost'];
    const { document, failures } = await exportFleet(names, opener(pool, p.backend, serversDone(names.length, request)), { limit: p.throttleLimit ?? DEFAULT_THROTTLE_LIMIT });
    // Text, so that no renaming of result keys reaches the document's own.
    return { document: JSON.stringify(document, null, 2) + '\n', failures: failures.map((f) => ({ server: displayServerName(f.server), error: errorOf(f.error) })) };
  },
  async 'configuration.compare'(p, pool, request) {
    const document = documentOf(p);
    const servers = serversOf(document, p.server);
    const reports = await compareFleet(document, servers, opener(pool, p.backend, serversDone(servers.length, request)), p.throttleLimit ?? DEFAULT_THROTTLE_LIMIT);
    return { servers: reports.map(wireReport) };
  },
  async 'configuration.import'(p, pool, request) {
    const document = documentOf(p);
    const approved = p.approved ? new Set(p.approved.map((a) => `${displayServerName(a.server).toLowerCase()}\n${a.id}`)) : undefined;
    const servers = serversOf(document, p.server);
    const reports = await importFleet(document, servers, opener(pool, p.backend, serversDone(servers.length, request)), {
      limit: p.throttleLimit ?? DEFAULT_THROTTLE_LIMIT,
      ...(approved ? { approve: (server: string, write: { id: string }) => approved.has(`${server.toLowerCase()}\n${write.id}`) } : {}),
    });
    return { servers: reports.map(wireReport) };
  },
};
