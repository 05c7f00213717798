// The connections the sidecar holds: one per server and backend, made on first use and kept
// until disconnect or shutdown.
import type { BackendName } from '../core/model.js';
import { resolveBackend } from '../backends/choice.js';
import { displayServerName } from '../core/server-name.js';
import type { ServerConnection } from './connection.js';
import { ComExConnection } from './comex-connection.js';
import { WorkerConnection } from './worker-connection.js';

export interface ConnectionInfo {
  readonly server: string;
  readonly backend: BackendName;
  readonly connected: true;
  readonly connectedAt: string;
}

export class ServerPool {
  private readonly connections = new Map<string, ServerConnection>();

  /** The connection to a server through a backend (the platform's default when not given), made if there is none. */
  forServer(requestedName: string | undefined, requestedBackend?: BackendName): ServerConnection {
    const server = displayServerName(requestedName);
    const backend = resolveBackend(requestedName, requestedBackend);
    const key = `${backend}:${server.toLowerCase()}`;
    let connection = this.connections.get(key);
    if (!connection) {
      connection =
        backend === 'comex'
          ? new ComExConnection(server, requestedName)
          : new WorkerConnection(server, requestedName, (gone) => {
              if (this.connections.get(key) === gone) this.connections.delete(key);
            });
      this.connections.set(key, connection);
    }
    return connection;
  }

  /** Closes the server's connections through `backend`, or through every backend; true if any was connected. */
  async remove(requestedName: string | undefined, backend?: BackendName): Promise<boolean> {
    const server = displayServerName(requestedName).toLowerCase();
    const closing: ServerConnection[] = [];
    for (const [key, connection] of this.connections) {
      if (connection.server.toLowerCase() === server && (backend === undefined || connection.backend === backend)) {
        this.connections.delete(key);
        closing.push(connection);
      }
    }
    const results = await Promise.all(closing.map((connection) => connection.close()));
    return results.some(Boolean);
  }

  list(): ConnectionInfo[] {
    return [...this.connections.values()].flatMap((c) =>
      c.connectedAt === undefined ? [] : [{ server: c.server, backend: c.backend, connected: true as const, connectedAt: c.connectedAt.toISOString() }],
    );
  }

  /** Any winfax connection: the simulator's counters are per process, so one reports for all. */
  anyWinFax(): ServerConnection | undefined {
    return [...this.connections.values()].find((c) => c.backend === 'winfax');
  }

  async closeAll(): Promise<void> {
    const connections = [...this.connections.values()];
    this.connections.clear();
    await Promise.allSettled(connections.map((c) => c.close()));
  }
}
