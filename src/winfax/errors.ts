import { win32ErrorMessage, win32ErrorName } from './win32-errors.js';

/** What a failed call concerned, and what more is known about the failure than its code. */
export interface FaxApiErrorDetails {
  /** What happened to which port or server, leading the message: "No fax device with id 4242 on localhost". */
  readonly lead?: string | undefined;
  /** The library's own explanation (the simulator's FaxSimGetLastDiagnostic), e.g. a state file's path and line. */
  readonly diagnostic?: string | undefined;
  readonly server?: string | undefined;
  readonly deviceId?: number | undefined;
  readonly deviceName?: string | undefined;
  readonly guid?: string | undefined;
  readonly jobId?: number | undefined;
}

/** A winfax function returned FALSE: carries the function, the Win32 code and its symbolic name. */
export class FaxApiError extends Error {
  override readonly name: string = 'FaxApiError';
  readonly api: string;
  readonly win32Code: number;
  readonly win32Name: string;
  readonly diagnostic: string | undefined;
  /** The server, port and routing method the call concerned, where known. */
  readonly server: string | undefined;
  readonly deviceId: number | undefined;
  readonly deviceName: string | undefined;
  readonly guid: string | undefined;
  readonly jobId: number | undefined;
  /** True once a lead says what happened; a caller higher up does not add another. */
  readonly explained: boolean;

  constructor(api: string, win32Code: number, details: FaxApiErrorDetails = {}) {
    const win32Name = win32ErrorName(win32Code);
    const call = `${api} failed: ${win32Name} (${win32Code}): ${win32ErrorMessage(win32Code)}`;
    const said = [details.lead, details.diagnostic].filter((part): part is string => Boolean(part)).join(': ');
    super(said ? `${said}. (${call})` : call);
    this.api = api;
    this.win32Code = win32Code;
    this.win32Name = win32Name;
    this.diagnostic = details.diagnostic || undefined;
    this.server = details.server;
    this.deviceId = details.deviceId;
    this.deviceName = details.deviceName;
    this.guid = details.guid;
    this.jobId = details.jobId;
    this.explained = Boolean(details.lead);
  }

  /** The same failure with more said about what it concerned (fields given here win). */
  concerning(details: FaxApiErrorDetails): FaxApiError {
    return new FaxApiError(this.api, this.win32Code, {
      diagnostic: this.diagnostic,
      server: this.server,
      deviceId: this.deviceId,
      deviceName: this.deviceName,
      guid: this.guid,
      jobId: this.jobId,
      ...Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)),
    });
  }
}

/** The fax library could not be found or loaded; the message says what was looked for. */
export class FaxLibraryError extends Error {
  override readonly name: string = 'FaxLibraryError';
  readonly searched: readonly string[];

  constructor(message: string, searched: readonly string[]) {
    super(message);
    this.searched = searched;
  }
}

/** Windows' own winfax.dll is absent from the system folder: the Fax feature is not installed. */
export class FaxNotInstalledError extends FaxLibraryError {
  override readonly name: string = 'FaxNotInstalledError';
}
