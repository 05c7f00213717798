// A server served through FaxComEx. edge-js already runs every bridge call on a CLR thread, so
// this lives on the main thread; calls on one server are chained to keep them in order, as a
// worker thread keeps winfax calls in order. The FaxComEx code is loaded on first use, so a
// sidecar that never uses it starts as fast as before it existed.
import type { ComExSession } from '../comex/session.js';
import { type Naming, serializeResult } from './naming.js';
import { perform } from '../backends/operations.js';
import type { ConnectionCall } from './calls.js';
import { OperationError, RawJson, type ServerConnection } from './connection.js';

export class ComExConnection implements ServerConnection {
  readonly backend = 'comex';
  connectedAt: Date | undefined;
  private session: ComExSession | undefined;
  private last: Promise<unknown> = Promise.resolve();

  constructor(
    readonly server: string,
    private readonly requestedName: string | undefined,
  ) {}

  call(call: ConnectionCall, naming: Naming = 'protocol'): Promise<RawJson> {
    const result = this.last.then(() => this.run(call, naming));
    this.last = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<boolean> {
    await this.last;
    const wasConnected = this.connectedAt !== undefined;
    this.connectedAt = undefined;
    return wasConnected;
  }

  private async run(call: ConnectionCall, naming: Naming): Promise<RawJson> {
    try {
      const result = await this.perform(call);
      this.connectedAt ??= new Date();
      return new RawJson(serializeResult(result, naming));
    } catch (error) {
      const { connectionLost, serializeError } = await import('./serialize-error.js');
      if (connectionLost(error)) this.connectedAt = undefined;
      throw new OperationError(serializeError(error), this.server);
    }
  }

  private async perform(call: ConnectionCall): Promise<unknown> {
    // Created on first use, so that "FaxComEx exists only on Windows" is an answer, not a crash.
    if (!this.session) {
      const { ComExSession } = await import('../comex/session.js');
      this.session = new ComExSession(this.requestedName);
    }
    const session = this.session;
    if ('method' in call) return perform(session, call.method, call.params);
    switch (call.control) {
      case 'connect':
        await session.connect();
        return null;
      case 'close':
        return this.connectedAt !== undefined;
      case 'simulatorStats': {
        const { NotSupportedError } = await import('../core/errors.js');
        throw new NotSupportedError('simulator.stats counts the winfax simulator; FaxComEx has no such counters');
      }
    }
  }
}
