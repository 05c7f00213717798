// The configuration document as TypeScript sees it once it has passed the schema
// (schemas/faxbridge-configuration.schema.json is the published contract; these types follow it).
// Property names are the core's (src/core/model.ts), so no layer renames them.
import type { ConfigurationChange, PortChange } from '../core/model.js';

export const SCHEMA_VERSION = 1;
/** The schema's $id, and the `$schema` an export writes unless told otherwise. */
export const SCHEMA_ID = 'faxbridge-configuration.schema.json';

export interface RoutingMethodEntry {
  readonly guid: string;
  /** For the reader; methods are matched by GUID. */
  readonly friendlyName?: string;
}


export interface PortEntry extends PortChange {
  /** A device name, or a pattern with * and ? (case-insensitive). */
  readonly name: string;
  /** For information only: device ids change between sessions. */
  readonly deviceId?: number;
  /** The methods enabled on the port; every other one is disabled. */
  readonly routingMethods?: readonly RoutingMethodEntry[];
}

export interface ServerSettings {
  readonly configuration?: ConfigurationChange;
  readonly ports?: readonly PortEntry[];
}

export interface ServerEntry extends ServerSettings {
  readonly name: string;
}

export interface ConfigurationDocument {
  readonly $schema?: string;
  readonly schemaVersion: typeof SCHEMA_VERSION;
  /** Named servers; or else a template. */
  readonly servers?: readonly ServerEntry[];
  /** Settings applied to each server given by the caller. */
  readonly template?: ServerSettings;
}

/** The port properties a document sets, in the order differences and writes list them. */
export const PORT_PROPERTIES = ['sendEnabled', 'receiveEnabled', 'rings', 'priority', 'tsid', 'csid'] as const;
export type PortProperty = (typeof PORT_PROPERTIES)[number];

export const CONFIGURATION_PROPERTIES = [
  'retries',
  'retryDelay',
  'dirtyDays',
  'branding',
  'useDeviceTsid',
  'serverCp',
  'pauseServerQueue',
  'startCheapTime',
  'stopCheapTime',
  'archiveOutgoingFaxes',
  'archiveDirectory',
] as const;
export type ConfigurationProperty = (typeof CONFIGURATION_PROPERTIES)[number];

/** The named servers or the template, each with the path of its entry. */
export function settingsOf(document: ConfigurationDocument): { readonly path: string; readonly at: readonly ['template'] | readonly ['servers', number]; readonly name: string | null; readonly settings: ServerSettings }[] {
  if (document.template !== undefined) return [{ path: '$.template', at: ['template'], name: null, settings: document.template }];
  return (document.servers ?? []).map((entry, index) => ({ path: `$.servers[${index}]`, at: ['servers', index], name: entry.name, settings: entry }));
}
