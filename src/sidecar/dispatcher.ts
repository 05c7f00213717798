// From a frame to an answer: envelope checks, method lookup, params schema, then the handler.
// Nothing malformed reaches a handler, and every request gets exactly one answer.
import { type Frame, MAX_LINE_BYTES } from './framing.js';
import { type MethodContext, type ProgressUpdate, type RequestContext, runMethod } from './methods.js';
import { ErrorCode, type JsonRpcId, RpcError } from './messages.js';
import { errorFor, protocolParams, serializeResult } from './naming.js';
import { check, envelopeSchema, isMethodName, paramsSchema } from './schemas.js';
import { toRpcError } from './errors.js';
import type { MessageWriter } from './writer.js';
import { RawJson } from './connection.js';

export class Dispatcher {
  private readonly inFlight = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly writer: MessageWriter,
    private readonly context: MethodContext,
  ) {}

  handleFrame(frame: Frame): void {
    switch (frame.kind) {
      case 'oversized':
        return this.reject(null, new RpcError(ErrorCode.InvalidRequest, `Invalid Request: a line of ${frame.bytes} bytes exceeds the limit of ${MAX_LINE_BYTES} bytes`, { type: 'InvalidRequest' }));
      case 'invalid-utf8':
        return this.reject(null, new RpcError(ErrorCode.ParseError, 'Parse error: the line is not valid UTF-8', { type: 'ParseError' }));
      case 'line':
        return this.handleLine(frame.text);
    }
  }

  /** From now on every request is refused with ShuttingDown. */
  startClosing(): void {
    this.closing = true;
  }

  /** Waits for the requests already running. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private handleLine(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'invalid JSON';
      return this.reject(null, new RpcError(ErrorCode.ParseError, `Parse error: ${reason}`, { type: 'ParseError' }));
    }
    if (Array.isArray(message)) {
      return this.reject(null, new RpcError(ErrorCode.InvalidRequest, 'Invalid Request: batches are not supported; send one request per line', { type: 'InvalidRequest' }));
    }
    const envelope = check(envelopeSchema, message);
    if (!envelope.success) {
      const { field, reason } = envelope;
      return this.reject(recoverId(message), new RpcError(ErrorCode.InvalidRequest, `Invalid Request: ${field ? `${field}: ` : ''}${reason}`, { type: 'InvalidRequest', field }));
    }
    const { id, method, params } = envelope.output;
    const notification = id === undefined;
    const replyId: JsonRpcId = id ?? null;
    const answer = (error: RpcError): void => {
      if (!notification) this.reject(replyId, error);
    };

    if (this.closing) return answer(new RpcError(ErrorCode.ShuttingDown, 'The sidecar is shutting down', { type: 'ShuttingDown' }));
    const key = id === undefined || id === null ? undefined : `${typeof id}:${id}`;
    if (key !== undefined && this.inFlight.has(key)) {
      return answer(new RpcError(ErrorCode.InvalidRequest, `Invalid Request: id ${JSON.stringify(id)} is already used by a request still running`, { type: 'InvalidRequest', field: 'id' }));
    }
    if (!isMethodName(method)) {
      return answer(new RpcError(ErrorCode.MethodNotFound, `Method not found: ${method}`, { type: 'MethodNotFound', method }));
    }
    if (Array.isArray(params)) {
      return answer(new RpcError(ErrorCode.InvalidParams, 'Invalid params: params must be an object of named parameters', { type: 'InvalidParams', field: '', reason: 'not an object' }));
    }
    const renamed = protocolParams(params ?? {}, this.context.naming);
    const parsed = renamed.success ? check(paramsSchema(method), renamed.params) : renamed;
    if (!parsed.success) {
      const { field, reason } = parsed;
      return answer(new RpcError(ErrorCode.InvalidParams, `Invalid params: ${field ? `${field}: ` : ''}${reason}`, { type: 'InvalidParams', field, reason }));
    }

    if (key !== undefined) this.inFlight.add(key);
    const request: RequestContext = { progress: (update) => (notification ? undefined : this.progress(replyId, update)) };
    const run = runMethod(method, parsed.output, this.context, request).then(
      (result) => {
        if (notification) return;
        this.writer.writeResult(replyId, result instanceof RawJson ? result.json : serializeResult(result, this.context.naming));
      },
      (error: unknown) => answer(toRpcError(error)),
    );
    const tracked = run.finally(() => {
      if (key !== undefined) this.inFlight.delete(key);
      this.running.delete(tracked);
    });
    this.running.add(tracked);
  }

  /** A notification that names the request it concerns: the client's sign that work goes on. */
  private progress(id: JsonRpcId, update: ProgressUpdate): void {
    this.writer.writeLine(`{"jsonrpc":"2.0","method":"progress","params":${serializeResult({ id, ...update }, this.context.naming)}}`);
  }

  private reject(id: JsonRpcId, error: RpcError): void {
    this.writer.write({ jsonrpc: '2.0', id, error: errorFor(error.toObject(), this.context.naming) });
  }
}

/** JSON-RPC answers an invalid request with its id when the id itself could be read. */
function recoverId(message: unknown): JsonRpcId {
  if (typeof message !== 'object' || message === null) return null;
  const id = (message as { id?: unknown }).id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
}
