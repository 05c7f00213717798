// From what the servers are to the document that says so: compare(export(s), s) is empty.
import type { ConfigurationChange } from '../core/model.js';
import { type ConfigurationDocument, type PortEntry, SCHEMA_ID, SCHEMA_VERSION } from './document.js';
import { escapePlaceholders } from './placeholders.js';
import { methodsOf, type ServerSnapshot } from './snapshot.js';

export interface ExportOptions {
  /** The `$schema` written into the document (a path or URL an editor can reach); SCHEMA_ID by default. */
  readonly schema?: string;
}

export function exportConfiguration(snapshots: ServerSnapshot | readonly ServerSnapshot[], options: ExportOptions = {}): ConfigurationDocument {
  const list = Array.isArray(snapshots) ? (snapshots as readonly ServerSnapshot[]) : [snapshots as ServerSnapshot];
  return {
    $schema: options.schema ?? SCHEMA_ID,
    schemaVersion: SCHEMA_VERSION,
    servers: list.map((snapshot) => ({
      name: snapshot.server,
      configuration: exportServerConfiguration(snapshot),
      ports: [...snapshot.ports].sort((a, b) => a.priority - b.priority).map((port): PortEntry => ({
        name: port.name,
        deviceId: port.deviceId,
        sendEnabled: port.sendEnabled,
        receiveEnabled: port.receiveEnabled,
        rings: port.rings,
        // FaxComEx has no port priorities (its ports carry 0): a document read through it says none.
        ...(port.backend === 'comex' || port.priority < 1 ? {} : { priority: port.priority }),
        tsid: escapePlaceholders(port.tsid),
        csid: escapePlaceholders(port.csid),
        routingMethods: methodsOf(snapshot, port)
          .filter((method) => method.enabled)
          .map((method) => ({ guid: method.guid, friendlyName: method.friendlyName })),
      })),
    })),
  };
}

function exportServerConfiguration(snapshot: ServerSnapshot): ConfigurationChange {
  const c = snapshot.configuration;
  return {
    retries: c.retries,
    retryDelay: c.retryDelay,
    dirtyDays: c.dirtyDays,
    branding: c.branding,
    useDeviceTsid: c.useDeviceTsid,
    serverCp: c.serverCp,
    pauseServerQueue: c.pauseServerQueue,
    startCheapTime: c.startCheapTime,
    stopCheapTime: c.stopCheapTime,
    archiveOutgoingFaxes: c.archiveOutgoingFaxes,
    // No folder set is left out: the document cannot ask for "none", only for a folder.
    ...(c.archiveDirectory !== null ? { archiveDirectory: c.archiveDirectory } : {}),
  };
}
