// A winfax server served by its own worker thread (server-worker.ts), created on first use and
// kept until disconnect or shutdown.
import { Worker } from 'node:worker_threads';
import { ErrorCode, RpcError } from './messages.js';
import type { ConnectionCall, WorkerData, WorkerReply, WorkerRequest } from './calls.js';
import type { Naming } from './naming.js';
import { OperationError, RawJson, type ServerConnection } from './connection.js';

const WORKER_SCRIPT = new URL('./server-worker.js', import.meta.url);

interface Pending {
  resolve(value: RawJson): void;
  reject(error: Error): void;
}

export class WorkerConnection implements ServerConnection {
  readonly backend = 'winfax';
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped = false;
  connectedAt: Date | undefined;

  constructor(
    readonly server: string,
    requestedName: string | undefined,
    private readonly onExit: (connection: WorkerConnection) => void,
  ) {
    const data: WorkerData = { server: requestedName };
    this.worker = new Worker(WORKER_SCRIPT, { workerData: data, stdout: false, stderr: false });
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(`the worker for ${server} failed: ${error.message}`));
    this.worker.on('exit', (code) => this.fail(`the worker for ${server} stopped (exit code ${code})`));
  }

  call(call: ConnectionCall, naming: Naming = 'protocol'): Promise<RawJson> {
    if (this.stopped) return Promise.reject(new RpcError(ErrorCode.InternalError, `the worker for ${this.server} has stopped`, { type: 'InternalError' }));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: WorkerRequest = { id, call, naming };
      this.worker.postMessage(request);
    });
  }

  /** Closes the server connection, then the thread. */
  async close(): Promise<boolean> {
    let wasConnected = false;
    try {
      wasConnected = JSON.parse((await this.call({ control: 'close' })).text) === true;
    } finally {
      this.stopped = true;
      await this.worker.terminate();
    }
    return wasConnected;
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.connected) this.connectedAt ??= new Date();
    else this.connectedAt = undefined;
    if (reply.ok) pending.resolve(new RawJson(reply.json));
    else pending.reject(new OperationError(reply.error, this.server));
  }

  private fail(message: string): void {
    const wasStopped = this.stopped;
    this.stopped = true;
    for (const pending of this.pending.values()) pending.reject(new RpcError(ErrorCode.InternalError, message, { type: 'InternalError' }));
    this.pending.clear();
    if (!wasStopped) this.onExit(this);
  }
}
