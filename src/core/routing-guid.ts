import { ValidationError } from './errors.js';

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** Routing methods are named by GUID strings in registry form: {xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}. */
export function normalizeRoutingGuid(value: unknown): string {
  const match = typeof value === 'string' ? GUID.exec(value.trim()) : null;
  if (!match?.[1]) {
    throw new ValidationError('guid', value, `expected a GUID such as {92041a90-9af2-11d0-abf7-00c04fd91a4e}, got ${JSON.stringify(value)}`);
  }
  return `{${match[1].toLowerCase()}}`;
}

/** A routing method to switch on or off, checked before any call: its GUID in registry form. */
export function checkRoutingSwitch(guid: unknown, enabled: unknown): string {
  const routingGuid = normalizeRoutingGuid(guid);
  if (typeof enabled !== 'boolean') throw new ValidationError('enabled', enabled, 'expected true or false');
  return routingGuid;
}
