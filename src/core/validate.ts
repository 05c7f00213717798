// Checks every value a caller wants to write before any fax API call is made.
import { ValidationError } from './errors.js';
import { JOB_COMMANDS, type ConfigurationChange, type JobCommand, type PortChange } from './model.js';

/** T.30's identification field holds 20 characters. */
export const MAX_STATION_ID_LENGTH = 20;
export const MIN_RINGS = 0;
export const MAX_RINGS = 99;
export const MAX_RETRIES = 99;
const MAX_DWORD = 0xffff_ffff;

const PORT_FIELDS = ['sendEnabled', 'receiveEnabled', 'rings', 'priority', 'tsid', 'csid'] as const;

/** Everything about a port change that can be judged without asking the server. */
export function validatePortChange(change: PortChange): void {
  validatePortChangeShape(change);
  if (change.priority !== undefined && change.priority < 1) {
    throw new ValidationError('priority', change.priority, `${change.priority} is out of range; it must be 1 to the number of ports on the server`);
  }
}

/** All of validatePortChange but the priority's range, which needs the server's port count (checkPriorityInRange). */
export function validatePortChangeShape(change: PortChange): void {
  if (!PORT_FIELDS.some((field) => change[field] !== undefined)) {
    throw new ValidationError('change', change, `nothing to change; give at least one of ${PORT_FIELDS.join(', ')}`);
  }
  checkBoolean('sendEnabled', change.sendEnabled);
  checkBoolean('receiveEnabled', change.receiveEnabled);
  if (change.rings !== undefined) checkInteger('rings', change.rings, MIN_RINGS, MAX_RINGS);
  if (change.priority !== undefined && (typeof change.priority !== 'number' || !Number.isInteger(change.priority))) {
    throw new ValidationError('priority', change.priority, `expected a whole number from 1 to the number of ports on the server, got ${describe(change.priority)}`);
  }
  if (change.tsid !== undefined) checkStationId('tsid', change.tsid);
  if (change.csid !== undefined) checkStationId('csid', change.csid);
}

/** Priorities are a permutation of 1..n over the server's ports. */
export function checkPriorityInRange(priority: number, portCount: number, server: string): void {
  if (portCount === 0) throw new ValidationError('priority', priority, `${server} has no ports, so there is no priority to set`);
  if (priority < 1 || priority > portCount) {
    throw new ValidationError('priority', priority, `${priority} is out of range; it must be 1 to ${portCount} (the number of ports on ${server})`);
  }
}

export function checkStationId(field: string, value: unknown): void {
  if (typeof value !== 'string') throw new ValidationError(field, value, `expected a string, got ${describe(value)}`);
  const length = [...value].length;
  if (length > MAX_STATION_ID_LENGTH) {
    throw new ValidationError(field, value, `"${value}" is ${length} characters long; at most ${MAX_STATION_ID_LENGTH} are allowed`);
  }
  let position = 0;
  for (const char of value) {
    position += 1;
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code > 0x7e) {
      const shown = isControlCharacter(code) ? '' : ` '${char}'`;
      throw new ValidationError(
        field,
        value,
        `character${shown} U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${position} is not printable 7-bit ASCII (space to ~)`,
      );
    }
  }
}

/** What each count of the server configuration accepts, and in what unit. */
const CONFIGURATION_COUNTS = {
  // FaxOutgoingQueue.Retries documents 0 to 99, the same setting the legacy API calls Retries.
  retries: { max: MAX_RETRIES, unit: '' },
  // No narrower limit is documented: any DWORD.
  retryDelay: { max: MAX_DWORD, unit: ' (minutes)' },
  dirtyDays: { max: MAX_DWORD, unit: ' (days)' },
} as const;

export function validateConfigurationChange(change: ConfigurationChange): void {
  const fields = Object.entries(change).filter(([, value]) => value !== undefined);
  if (fields.length === 0) throw new ValidationError('change', change, 'nothing to change');
  for (const [field, { max, unit }] of Object.entries(CONFIGURATION_COUNTS) as [keyof typeof CONFIGURATION_COUNTS, { max: number; unit: string }][]) {
    if (change[field] !== undefined) checkInteger(field, change[field], 0, max, unit);
  }
  for (const field of ['branding', 'useDeviceTsid', 'serverCp', 'pauseServerQueue', 'archiveOutgoingFaxes'] as const) {
    checkBoolean(field, change[field]);
  }
  if (change.startCheapTime !== undefined) parseFaxTime('startCheapTime', change.startCheapTime);
  if (change.stopCheapTime !== undefined) parseFaxTime('stopCheapTime', change.stopCheapTime);
  if (change.archiveDirectory !== undefined) checkFolderPath('archiveDirectory', change.archiveDirectory);
}

/** A Windows folder path: no NUL and no control character (U+0001 to U+001F, U+007F), which Windows refuses in names. */
export function checkFolderPath(field: string, value: unknown): void {
  if (typeof value !== 'string') throw new ValidationError(field, value, `expected a folder path, got ${describe(value)}`);
  let position = 0;
  for (const char of value) {
    position += 1;
    const code = char.codePointAt(0) ?? 0;
    if (isControlCharacter(code)) {
      throw new ValidationError(
        field,
        value,
        `character U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${position} is a control character, which a Windows folder path cannot hold`,
      );
    }
  }
}

/** C0 controls (NUL included) and DEL: never part of a station id or a path the fax service keeps. */
export function isControlCharacter(code: number): boolean {
  return code < 0x20 || code === 0x7f;
}

/** "HH:MM" (24-hour) to the FAX_TIME fields. */
export function parseFaxTime(field: string, value: unknown): { Hour: number; Minute: number } {
  const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(value) : null;
  const hour = match ? Number(match[1]) : NaN;
  const minute = match ? Number(match[2]) : NaN;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) {
    throw new ValidationError(field, value, `expected a time of day as HH:MM (00:00 to 23:59), got ${describe(value)}`);
  }
  return { Hour: hour, Minute: minute };
}

function checkBoolean(field: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new ValidationError(field, value, `expected true or false, got ${describe(value)}`);
  }
}

function checkInteger(field: string, value: unknown, min: number, max: number, unit = ''): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ValidationError(field, value, `expected a whole number from ${min} to ${max}${unit}, got ${describe(value)}`);
  }
  if (value < min || value > max) {
    throw new ValidationError(field, value, `${value} is out of range; it must be ${min} to ${max}${unit}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}

/** A queue job id: the service numbers jobs from 1 with a DWORD. */
export function checkJobId(jobId: unknown): number {
  checkInteger('jobId', jobId, 1, MAX_DWORD);
  return jobId;
}

/** One of the JC_* commands by name; anything else is refused before the server is asked. */
export function checkJobCommand(command: unknown): JobCommand {
  if (typeof command === 'string' && (JOB_COMMANDS as readonly string[]).includes(command)) return command as JobCommand;
  throw new ValidationError('command', command, `expected one of ${JOB_COMMANDS.join(', ')} (FaxSetJobW's JC_PAUSE, JC_RESUME, JC_RESTART and JC_DELETE), got ${describe(command)}`);
}
