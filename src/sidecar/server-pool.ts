// One worker thread per fax server, created on first use and kept until disconnect or shutdown.
import { Worker } from 'node:worker_threads';
import { displayServerName } from '../core/server-name.js';
import { ErrorCode, RpcError } from './messages.js';
import type { Operation, SerializedError, WorkerData, WorkerReply, WorkerRequest } from './operations.js';
import type { Naming } from './naming.js';

const WORKER_SCRIPT = new URL('./server-worker.js', import.meta.url);

/** A result already serialised as JSON (text, or UTF-8 bytes from a worker), written into the response as it is. */
export class RawJson {
  constructor(readonly json: string | Uint8Array) {}

  get text(): string {
    return typeof this.json === 'string' ? this.json : Buffer.from(this.json.buffer, this.json.byteOffset, this.json.byteLength).toString('utf8');
  }
}

/** A worker call failed with an error from the core (already flattened). */
export class OperationError extends Error {
  override readonly name = 'OperationError';
  constructor(
    readonly detail: SerializedError,
    readonly server: string,
  ) {
    super(detail.message);
  }
}

interface Pending {
  resolve(value: RawJson): void;
  reject(error: Error): void;
}

export class ServerWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped = false;
  connectedAt: Date | undefined;

  constructor(
    readonly server: string,
    requestedName: string | undefined,
    private readonly onExit: (worker: ServerWorker) => void,
  ) {
    const data: WorkerData = { server: requestedName };
    this.worker = new Worker(WORKER_SCRIPT, { workerData: data, stdout: false, stderr: false });
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(`the worker for ${server} failed: ${error.message}`));
    this.worker.on('exit', (code) => this.fail(`the worker for ${server} stopped (exit code ${code})`));
  }

  call(operation: Operation, naming: Naming = 'protocol'): Promise<RawJson> {
    if (this.stopped) return Promise.reject(new RpcError(ErrorCode.InternalError, `the worker for ${this.server} has stopped`, { type: 'InternalError' }));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: WorkerRequest = { id, operation, naming };
      this.worker.postMessage(request);
    });
  }

  /** Closes the server connection, then the thread. */
  async close(): Promise<boolean> {
    let wasConnected = false;
    try {
      wasConnected = JSON.parse((await this.call({ op: 'close' })).text) === true;
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

export class ServerPool {
  private readonly workers = new Map<string, ServerWorker>();

  /** The worker for a server, started if there is none. */
  forServer(requestedName: string | undefined): ServerWorker {
    const server = displayServerName(requestedName);
    const key = server.toLowerCase();
    let worker = this.workers.get(key);
    if (!worker) {
      worker = new ServerWorker(server, requestedName, (gone) => {
        if (this.workers.get(key) === gone) this.workers.delete(key);
      });
      this.workers.set(key, worker);
    }
    return worker;
  }

  existing(requestedName: string | undefined): ServerWorker | undefined {
    return this.workers.get(displayServerName(requestedName).toLowerCase());
  }

  async remove(requestedName: string | undefined): Promise<boolean> {
    const key = displayServerName(requestedName).toLowerCase();
    const worker = this.workers.get(key);
    if (!worker) return false;
    this.workers.delete(key);
    return worker.close();
  }

  connections(): { server: string; connected: true; connectedAt: string }[] {
    return [...this.workers.values()]
      .filter((w) => w.connectedAt !== undefined)
      .map((w) => ({ server: w.server, connected: true, connectedAt: (w.connectedAt as Date).toISOString() }));
  }

  any(): ServerWorker | undefined {
    return this.workers.values().next().value;
  }

  async closeAll(): Promise<void> {
    const workers = [...this.workers.values()];
    this.workers.clear();
    await Promise.allSettled(workers.map((w) => w.close()));
  }
}
