// Turns whatever a method failed with into the JSON-RPC error a client sees (see PROTOCOL.md).
import { ErrorCode, RpcError } from './messages.js';
import { OperationError } from './connection.js';
import type { SerializedError } from './calls.js';
import type { FaxErrorType } from '../core/errors.js';

/** The JSON-RPC code of each error type (PROTOCOL.md): one per family a client may branch on. */
const CODE_BY_TYPE: Readonly<Record<FaxErrorType, number>> = {
  FaxApi: ErrorCode.FaxApiError,
  AccessDenied: ErrorCode.FaxApiError,
  ServerUnreachable: ErrorCode.FaxApiError,
  PortBeingModified: ErrorCode.FaxApiError,
  PortBusy: ErrorCode.FaxApiError,
  JobState: ErrorCode.FaxApiError,
  Validation: ErrorCode.ValidationError,
  PortNotFound: ErrorCode.PortNotFoundError,
  JobNotFound: ErrorCode.PortNotFoundError,
  NotSupported: ErrorCode.NotSupportedError,
  FaxLibrary: ErrorCode.FaxLibraryError,
  RuntimeNotInstalled: ErrorCode.RuntimeNotInstalledError,
  FaxNotInstalled: ErrorCode.FaxLibraryError,
};

function isFaxErrorType(type: string): type is FaxErrorType {
  return Object.hasOwn(CODE_BY_TYPE, type);
}

function fromCore(detail: SerializedError, server: string): RpcError {
  if (!isFaxErrorType(detail.type)) return internal(detail.message);
  const code = CODE_BY_TYPE[detail.type];
  const { message, ...data } = detail;
  // Library errors name file paths; the client gets the gist, the full text goes to stderr. A
  // missing Fax feature names only the system folder's winfax.dll, and says what to install.
  const shown = detail.type === 'FaxLibrary' ? 'The fax library could not be loaded; see the sidecar log for where it was looked for.' : message;
  return new RpcError(code, shown, { ...data, server });
}

function internal(message: string): RpcError {
  process.stderr.write(`faxbridge serve: internal error: ${message}\n`);
  return new RpcError(ErrorCode.InternalError, 'Internal error in the FaxBridge sidecar', { type: 'InternalError' });
}

export function toRpcError(error: unknown): RpcError {
  if (error instanceof RpcError) return error;
  if (error instanceof OperationError) {
    if (error.detail.type === 'FaxLibrary') process.stderr.write(`faxbridge serve: ${error.detail.message}\n`);
    return fromCore(error.detail, error.server);
  }
  return internal(error instanceof Error ? (error.stack ?? error.message) : String(error));
}
