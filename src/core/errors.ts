// Errors the core raises besides FaxApiError (which comes from the binding with the Win32 code).
import { FaxApiError, FaxLibraryError, FaxNotInstalledError } from '../winfax/errors.js';
import { ERROR_ACCESS_DENIED, ERROR_BAD_UNIT, ERROR_DEVICE_IN_USE } from '../winfax/win32-errors.js';

export { FaxApiError, FaxLibraryError };

/** A value was rejected before any fax API call; nothing was changed. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly field: string;
  readonly value: unknown;

  constructor(field: string, value: unknown, reason: string) {
    super(`Invalid ${field}: ${reason}`);
    this.field = field;
    this.value = value;
  }
}

/** No port on the server matches the selector. */
export class PortNotFoundError extends Error {
  override readonly name = 'PortNotFoundError';
  readonly server: string;
  readonly selector: string;

  constructor(server: string, selector: string) {
    super(`No fax port with ${selector} on ${server}.`);
    this.server = server;
    this.selector = selector;
  }
}

/**
 * FaxOpenPort refused a PORT_OPEN_MODIFY handle because another client holds one: the service
 * reports that as ERROR_INVALID_HANDLE, which would mislead a user, so the message says what it means.
 */
export class PortBeingModifiedError extends FaxApiError {
  override readonly name = 'PortBeingModifiedError';
  override readonly server: string;
  override readonly deviceId: number;

  constructor(server: string, deviceId: number, cause: FaxApiError) {
    super(cause.api, cause.win32Code, {
      lead: `Port ${deviceId} on ${server} is being modified by another client; try again once it is released`,
      diagnostic: cause.diagnostic,
      server,
      deviceId,
    });
    this.server = server;
    this.deviceId = deviceId;
  }
}

/**
 * No job with that id is in the server's queue: it never existed, or it has finished or been
 * deleted since it was listed. The legacy API says ERROR_INVALID_PARAMETER; this says what it means.
 */
export class JobNotFoundError extends FaxApiError {
  override readonly name = 'JobNotFoundError';
  override readonly server: string;
  override readonly jobId: number;

  constructor(server: string, jobId: number, cause: FaxApiError) {
    super(cause.api, cause.win32Code, {
      lead: `No fax job with id ${jobId} on ${server}; it may have finished or been deleted since it was listed`,
      diagnostic: cause.diagnostic,
      server,
      jobId,
    });
    this.server = server;
    this.jobId = jobId;
  }
}

/** A job that is not in a state for the command: pausing a paused job, resuming a pending one … */
export class JobStateError extends Error {
  override readonly name = 'JobStateError';
  readonly server: string;
  readonly jobId: number;
  readonly command: string;
  /** The job's queue status names as last read (Pending, Paused, Deleting …). */
  readonly queueStatus: readonly string[];

  constructor(server: string, jobId: number, jobType: string, command: string, queueStatus: readonly string[], reason: string, cause?: FaxApiError) {
    const call = cause ? ` (${cause.api} failed: ${cause.win32Name} (${cause.win32Code}))` : '';
    super(`Fax job ${jobId} on ${server} (${jobType}, ${queueStatus.join(', ')}) cannot be ${PAST[command] ?? command}: ${reason}.${call}`);
    this.server = server;
    this.jobId = jobId;
    this.command = command;
    this.queueStatus = queueStatus;
  }
}

const PAST: Readonly<Record<string, string>> = { pause: 'paused', resume: 'resumed', restart: 'restarted', delete: 'deleted' };

/** The legacy API was asked for something only the FaxComEx backend can do. */
export class NotSupportedError extends Error {
  override readonly name = 'NotSupportedError';
}

/** Something the server must install is missing: the .NET runtime that FaxComEx runs on. */
export class RuntimeNotInstalledError extends Error {
  override readonly name = 'RuntimeNotInstalledError';
}

/**
 * What went wrong, named once for every caller: the sidecar's error data, the CLI's --json
 * errors and PowerShell's error categories (New-FaxErrorRecord maps each to one) all use it, so
 * no caller works a kind of failure out again from an API name and a Win32 code.
 */
export type FaxErrorType =
  | 'PortBeingModified'
  | 'PortNotFound'
  | 'PortBusy'
  | 'JobNotFound'
  | 'JobState'
  | 'AccessDenied'
  | 'ServerUnreachable'
  | 'Validation'
  | 'NotSupported'
  | 'FaxLibrary'
  | 'FaxNotInstalled'
  | 'RuntimeNotInstalled'
  | 'FaxApi';

/** The type of an error the core, the binding or a backend raised; undefined for anything else (a bug). */
export function faxErrorType(error: unknown): FaxErrorType | undefined {
  if (error instanceof PortBeingModifiedError) return 'PortBeingModified';
  if (error instanceof JobNotFoundError) return 'JobNotFound';
  if (error instanceof FaxApiError) {
    if (error.win32Code === ERROR_ACCESS_DENIED) return 'AccessDenied';
    // FaxOpenPort's answer for a device id the server does not have.
    if (error.win32Code === ERROR_BAD_UNIT) return 'PortNotFound';
    if (error.win32Code === ERROR_DEVICE_IN_USE) return 'PortBusy';
    if (error.win32Name.startsWith('RPC_S_')) return 'ServerUnreachable';
    return 'FaxApi';
  }
  if (error instanceof PortNotFoundError) return 'PortNotFound';
  if (error instanceof JobStateError) return 'JobState';
  if (error instanceof ValidationError) return 'Validation';
  if (error instanceof NotSupportedError) return 'NotSupported';
  // Before FaxLibrary, of which it is the kind a user can mend by installing the Fax feature.
  if (error instanceof FaxNotInstalledError) return 'FaxNotInstalled';
  if (error instanceof FaxLibraryError) return 'FaxLibrary';
  if (error instanceof RuntimeNotInstalledError) return 'RuntimeNotInstalled';
  return undefined;
}
