// Turns whatever a method failed with into the JSON-RPC error a client sees (see PROTOCOL.md).
import { ErrorCode, RpcError } from './messages.js';
import { OperationError } from './connection.js';
import type { SerializedError } from './operations.js';

const CODE_BY_TYPE: Readonly<Record<string, number>> = {
  FaxApiError: ErrorCode.FaxApiError,
  ValidationError: ErrorCode.ValidationError,
  PortNotFoundError: ErrorCode.PortNotFoundError,
  NotSupportedError: ErrorCode.NotSupportedError,
  FaxLibraryError: ErrorCode.FaxLibraryError,
  FaxNotInstalledError: ErrorCode.FaxLibraryError,
  RuntimeNotInstalledError: ErrorCode.RuntimeNotInstalledError,
};

function fromCore(detail: SerializedError, server: string): RpcError {
  const code = CODE_BY_TYPE[detail.type];
  if (code === undefined) return internal(detail.message);
  const { message, ...data } = detail;
  // Library errors name file paths; the client gets the gist, the full text goes to stderr. A
  // missing Fax feature names only the system folder's winfax.dll, and says what to install.
  const shown = detail.type === 'FaxLibraryError' ? 'The fax library could not be loaded; see the sidecar log for where it was looked for.' : message;
  return new RpcError(code, shown, { ...data, server });
}

function internal(message: string): RpcError {
  process.stderr.write(`faxbridge serve: internal error: ${message}\n`);
  return new RpcError(ErrorCode.InternalError, 'Internal error in the FaxBridge sidecar', { type: 'InternalError' });
}

export function toRpcError(error: unknown): RpcError {
  if (error instanceof RpcError) return error;
  if (error instanceof OperationError) {
    if (error.detail.type === 'FaxLibraryError') process.stderr.write(`faxbridge serve: ${error.detail.message}\n`);
    return fromCore(error.detail, error.server);
  }
  return internal(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
