// JSON-RPC 2.0 message shapes and the error codes the sidecar uses (see PROTOCOL.md).

export type JsonRpcId = string | number | null;

export const PROTOCOL_VERSION = 1;

export const ErrorCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
  FaxApiError: -32000,
  ValidationError: -32001,
  PortNotFoundError: -32002,
  NotSupportedError: -32003,
  FaxLibraryError: -32004,
  ShuttingDown: -32005,
  RuntimeNotInstalledError: -32006,
} as const;

export type ErrorData = { readonly type: string } & Readonly<Record<string, unknown>>;

export interface JsonRpcErrorObject {
  readonly code: number;
  readonly message: string;
  readonly data: ErrorData;
}

export interface JsonRpcResponse {
  readonly jsonrpc: '2.0';
  readonly id: JsonRpcId;
  readonly result?: unknown;
  readonly error?: JsonRpcErrorObject;
}

/** An error that already knows its JSON-RPC code and data. */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  constructor(
    readonly code: number,
    message: string,
    readonly data: ErrorData,
  ) {
    super(message);
  }

  toObject(): JsonRpcErrorObject {
    return { code: this.code, message: this.message, data: this.data };
  }
}

export function resultResponse(id: JsonRpcId, result: unknown): JsonRpcResponse {
  return { jsonrpc: '2.0', id, result: result === undefined ? null : result };
}

export function errorResponse(id: JsonRpcId, error: JsonRpcErrorObject): JsonRpcResponse {
  return { jsonrpc: '2.0', id, error };
}
