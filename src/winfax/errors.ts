import { win32ErrorMessage, win32ErrorName } from './win32-errors.js';

/** A winfax function returned FALSE: carries the function, the Win32 code and its symbolic name. */
export class FaxApiError extends Error {
  override readonly name: string = 'FaxApiError';
  readonly api: string;
  readonly win32Code: number;
  readonly win32Name: string;

  constructor(api: string, win32Code: number) {
    const win32Name = win32ErrorName(win32Code);
    super(`${api} failed: ${win32Name} (${win32Code}): ${win32ErrorMessage(win32Code)}`);
    this.api = api;
    this.win32Code = win32Code;
    this.win32Name = win32Name;
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
