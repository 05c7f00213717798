// Errors flattened to data, so they can cross a thread boundary and become JSON-RPC errors.
import { FaxApiError } from '../winfax/errors.js';
import { ERROR_INVALID_HANDLE, RPC_S_CALL_FAILED, RPC_S_SERVER_UNAVAILABLE } from '../winfax/win32-errors.js';
import type { SerializedError } from './calls.js';
import { faxErrorType } from '../core/errors.js';

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { type: 'Error', message: String(error) };
  const detail = error as Error & Partial<Record<'api' | 'win32Code' | 'win32Name' | 'field' | 'selector' | 'deviceId' | 'deviceName' | 'guid' | 'diagnostic' | 'jobId' | 'command' | 'queueStatus', unknown>>;
  const type = faxErrorType(error);
  return {
    // Every Win32 failure is a FaxApiError on the wire; subclasses differ only in their message.
    type: type ?? error.name,
    // An error of no known type is a bug: the sidecar logs its message to stderr and shows the
    // client only "internal error", so the stack travels too, to say where it happened.
    message: type === undefined ? (error.stack ?? error.message) : error.message,
    ...(typeof detail.api === 'string' ? { api: detail.api } : {}),
    ...(typeof detail.win32Code === 'number' ? { win32Code: detail.win32Code } : {}),
    ...(typeof detail.win32Name === 'string' ? { win32Name: detail.win32Name } : {}),
    ...(typeof detail.field === 'string' ? { field: detail.field } : {}),
    ...(typeof detail.selector === 'string' ? { selector: detail.selector } : {}),
    // What a fax API failure concerned, so a client can name it (an ErrorRecord's target).
    ...(typeof detail.deviceId === 'number' ? { deviceId: detail.deviceId } : {}),
    ...(typeof detail.deviceName === 'string' ? { deviceName: detail.deviceName } : {}),
    ...(typeof detail.guid === 'string' ? { guid: detail.guid } : {}),
    ...(typeof detail.jobId === 'number' ? { jobId: detail.jobId } : {}),
    // A JobState refusal: what was asked and the state the job was in.
    ...(typeof detail.command === 'string' ? { command: detail.command } : {}),
    ...(Array.isArray(detail.queueStatus) ? { queueStatus: detail.queueStatus.filter((s): s is string => typeof s === 'string') } : {}),
    ...(typeof detail.diagnostic === 'string' ? { diagnostic: detail.diagnostic } : {}),
  };
}

const SERVER_HANDLE_APIS = new Set(['FaxEnumPortsW', 'FaxGetConfigurationW', 'FaxSetConfigurationW']);

/** The server forgot our handle or cannot be reached: reconnect on the next request. */
export function connectionLost(error: unknown): boolean {
  if (!(error instanceof FaxApiError)) return false;
  if (error.win32Code === RPC_S_SERVER_UNAVAILABLE || error.win32Code === RPC_S_CALL_FAILED) return true;
  return error.win32Code === ERROR_INVALID_HANDLE && SERVER_HANDLE_APIS.has(error.api);
}
