// Writes results as JSON for machines or as tables for people, and errors to stderr.
import { FaxApiError } from '../winfax/errors.js';
import { JobNotFoundError, JobStateError, PortNotFoundError, ValidationError, faxErrorType } from '../core/errors.js';
import { OptionValueError, UsageError } from './errors.js';
import { ConfigurationDocumentError } from '../config/errors.js';

export const EXIT_OK = 0;
/** A fax API call failed, or something the request named does not exist. */
export const EXIT_FAILURE = 1;
/** The command line or a value in it was wrong; nothing was attempted. */
export const EXIT_USAGE = 2;

let commandExitCode = EXIT_OK;

/** A command that ends without an error but with a code of its own (config diff: 3 when drifted). */
export function setExitCode(code: number): void {
  commandExitCode = code;
}

/** The code the last command set (EXIT_OK when it set none), read once it has ended. */
export function takeExitCode(): number {
  const code = commandExitCode;
  commandExitCode = EXIT_OK;
  return code;
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function printText(text: string): void {
  process.stdout.write(text + '\n');
}

export function exitCodeFor(error: unknown): number {
  return error instanceof ValidationError || error instanceof UsageError ? EXIT_USAGE : EXIT_FAILURE;
}

export function reportError(error: unknown, asJson: boolean): void {
  if (!asJson) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = error instanceof UsageError ? '\nRun "faxbridge --help" for usage.' : '';
    process.stderr.write(`faxbridge: ${message}${hint}\n`);
    return;
  }
  process.stderr.write(JSON.stringify({ error: errorDetail(error) }) + '\n');
}

/** An error as --json writes it: its type (faxErrorType's, else its class), message and what it concerns. */
export function errorDetail(error: unknown): { type: string; message: string } & Record<string, unknown> {
  const message = error instanceof Error ? error.message : String(error);
  const type = faxErrorType(error) ?? (error instanceof Error ? error.name : 'Error');
  const detail: { type: string; message: string } & Record<string, unknown> = { type, message };
  if (error instanceof FaxApiError) Object.assign(detail, { api: error.api, win32Code: error.win32Code, win32Name: error.win32Name });
  if (error instanceof ValidationError) detail['field'] = error.field;
  if (error instanceof OptionValueError) detail['option'] = error.option;
  if (error instanceof PortNotFoundError) Object.assign(detail, { server: error.server });
  if (error instanceof JobNotFoundError) Object.assign(detail, { server: error.server, jobId: error.jobId });
  if (error instanceof JobStateError) Object.assign(detail, { server: error.server, jobId: error.jobId, command: error.command, queueStatus: error.queueStatus });
  if (error instanceof ConfigurationDocumentError) Object.assign(detail, { source: error.source, issues: error.issues });
  return detail;
}

/** Writes a command's result: as JSON with --json, otherwise as the text `toText` makes of it. */
export function printResult(asJson: boolean, value: unknown, toText: () => string): void {
  if (asJson) printJson(value);
  else printText(toText());
}
