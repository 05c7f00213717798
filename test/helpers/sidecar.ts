// Drives a real `faxbridge serve` child process over its stdin/stdout, as the PowerShell module does.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { CLI } from './cli.js';
import type { OperationName, OperationParams, OperationResult } from '../../src/backends/operations.js';

export interface RpcResponse {
  jsonrpc: string;
  id: string | number | null;
  result?: unknown;
  error?: { code: number; message: string; data?: Record<string, unknown> };
}

export class SidecarClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly responses: RpcResponse[] = [];
  stderr = '';
  /** The start of a line still missing its newline, as the chunks it came in. */
  private partial: Buffer[] = [];
  private waiters: (() => void)[] = [];
  private nextId = 1;
  readonly exited: Promise<number | null>;

  constructor(env: NodeJS.ProcessEnv) {
    this.process = spawn(process.execPath, [CLI, 'serve'], { env, stdio: 'pipe' });
    // Bytes, not text: a multi-megabyte line arrives in dozens of chunks, and only each new chunk
    // is searched for its newline; appending to a string and searching that would copy the line
    // again for every chunk (10,000 ports: 98 ms per listing instead of 53).
    this.process.stdout.on('data', (chunk: Buffer) => {
      let start = 0;
      let newline: number;
      while ((newline = chunk.indexOf(0x0a, start)) !== -1) {
        const tail = chunk.subarray(start, newline);
        const line = this.partial.length === 0 ? tail : Buffer.concat([...this.partial, tail]);
        this.partial = [];
        this.responses.push(JSON.parse(line.toString('utf8')) as RpcResponse);
        start = newline + 1;
      }
      if (start < chunk.length) this.partial.push(chunk.subarray(start));
      this.wake();
    });
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => {
      this.wake();
      resolve(code);
    }));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Writes raw bytes or text, exactly as given. */
  sendRaw(data: string | Buffer): void {
    this.process.stdin.write(data);
  }

  send(method: string, params?: unknown, id: string | number | null = this.nextId++): string | number | null {
    this.sendRaw(JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }) + '\n');
    return id;
  }

  /** Waits until `count` responses in all have arrived (or fails after `timeoutMs`). */
  async waitFor(count: number, timeoutMs = 15_000): Promise<RpcResponse[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.responses.length < count) {
      if (this.process.exitCode !== null) throw new Error(`sidecar exited with ${this.process.exitCode}; stderr: ${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`only ${this.responses.length} of ${count} responses after ${timeoutMs} ms; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.responses.slice(0, count);
  }

  async response(id: string | number | null, timeoutMs = 15_000): Promise<RpcResponse> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.responses.find((r) => r.id === id);
      if (found) return found;
      await this.waitFor(this.responses.length + 1, Math.max(1, deadline - Date.now()));
    }
  }

  async call(method: string, params?: unknown): Promise<RpcResponse> {
    return this.response(this.send(method, params));
  }

  /** One operation from the table, typed by it: its result (with the protocol's names), or the error thrown. */
  async operation<M extends OperationName>(method: M, params: OperationParams<M>): Promise<OperationResult<M>> {
    const response = await this.call(method, params);
    if (response.error) throw new Error(`${method} failed: ${response.error.message}`);
    // The sidecar answered with the table's result for `method`, serialised as JSON (every field
    // of a result is a JSON value already: times are ISO strings).
    return response.result as OperationResult<M>;
  }

  /** Stops the sidecar; after a failed test, prints what it wrote to stderr (the internal errors it logged). */
  async stopAfter(test: Mocha.Test | undefined): Promise<number | null> {
    const code = await this.stop();
    if (test?.state === 'failed' && this.stderr !== '') process.stderr.write(`sidecar stderr during "${test.title}":\n${this.stderr}\n`);
    return code;
  }

  async stop(): Promise<number | null> {
    if (this.process.exitCode === null) this.process.stdin.end();
    return this.exited;
  }
}
