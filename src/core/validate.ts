// Checks every value a caller wants to write before any fax API call is made.
import { ValidationError } from './errors.js';
import type { ConfigurationChange, PortChange } from './model.js';

/** T.30's identification field holds 20 characters. */
export const MAX_STATION_ID_LENGTH = 20;
export const MIN_RINGS = 0;
export const MAX_RINGS = 99;
const MAX_DWORD = 0xffff_ffff;

const PORT_FIELDS = ['sendEnabled', 'receiveEnabled', 'rings', 'priority', 'tsid', 'csid'] as const;

/** Everything about a port change that can be judged without asking the server. */
export function validatePortChange(change: PortChange): void {
  if (!PORT_FIELDS.some((field) => change[field] !== undefined)) {
    throw new ValidationError('change', change, `nothing to change; give at least one of ${PORT_FIELDS.join(', ')}`);
  }
  checkBoolean('sendEnabled', change.sendEnabled);
  checkBoolean('receiveEnabled', change.receiveEnabled);
  if (change.rings !== undefined) checkInteger('rings', change.rings, MIN_RINGS, MAX_RINGS);
  if (change.priority !== undefined) checkInteger('priority', change.priority, 1, MAX_DWORD);
  if (change.tsid !== undefined) checkStationId('tsid', change.tsid);
  if (change.csid !== undefined) checkStationId('csid', change.csid);
}

/** Priorities are a permutation of 1..n over the server's ports. */
export function checkPriorityInRange(priority: number, portCount: number): void {
  if (priority > portCount) {
    throw new ValidationError('priority', priority, `${priority} is out of range; this server has ${portCount} ports, so priority must be 1 to ${portCount}`);
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
      const shown = code < 0x20 || code === 0x7f ? '' : ` '${char}'`;
      throw new ValidationError(
        field,
        value,
        `character${shown} U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${position} is not printable 7-bit ASCII (space to ~)`,
      );
    }
  }
}

export function validateConfigurationChange(change: ConfigurationChange): void {
  const fields = Object.entries(change).filter(([, value]) => value !== undefined);
  if (fields.length === 0) throw new ValidationError('change', change, 'nothing to change');
  for (const field of ['retries', 'retryDelay', 'dirtyDays'] as const) {
    if (change[field] !== undefined) checkInteger(field, change[field], 0, MAX_DWORD);
  }
  for (const field of ['branding', 'useDeviceTsid', 'serverCp', 'pauseServerQueue', 'archiveOutgoingFaxes'] as const) {
    checkBoolean(field, change[field]);
  }
  if (change.startCheapTime !== undefined) parseFaxTime('startCheapTime', change.startCheapTime);
  if (change.stopCheapTime !== undefined) parseFaxTime('stopCheapTime', change.stopCheapTime);
  if (change.archiveDirectory !== undefined) {
    if (typeof change.archiveDirectory !== 'string' || change.archiveDirectory.includes('\0')) {
      throw new ValidationError('archiveDirectory', change.archiveDirectory, 'expected a folder path without NUL characters');
    }
  }
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

function checkInteger(field: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ValidationError(field, value, `expected a whole number from ${min} to ${max}, got ${describe(value)}`);
  }
  if (value < min || value > max) {
    throw new ValidationError(field, value, `${value} is out of range; it must be ${min} to ${max}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : 'an object';
  return String(value);
}
