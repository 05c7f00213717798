// Writes the winfax simulator's state file (format documented in simulator/README.md), so tests,
// benchmarks and users can describe simulated servers of any size.
import { type Stats, chmodSync, chownSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type SimRight = 'port-query' | 'port-set' | 'config-query' | 'config-set';

export interface SimPort {
  deviceId: number;
  name: string;
  /** FPF_* bits: 1 receive, 2 send, 4 virtual. */
  flags: number;
  rings: number;
  priority: number;
  /** A name without FPS_ (AVAILABLE, RECEIVING …) or a number. */
  state: string | number;
  tsid: string;
  csid: string;
  enabledMethods?: string[];
}

export interface SimJob {
  deviceId: number;
  jobType: number;
  callerId: string;
  csid: string;
  currentPage: number;
  totalPages: number;
  size: number;
  documentName: string;
  phoneNumber: string;
  routingString: string;
  senderName: string;
  recipientName: string;
  tsid: string;
  userName: string;
  /** Unix seconds. */
  startTime: number;
  submittedTime: number;
  statusString: string;
}

export interface SimRoutingMethod {
  guid: string;
  friendlyName: string;
  functionName: string;
  extensionImageName: string;
  extensionFriendlyName: string;
}

export interface SimConfiguration {
  retries: number;
  retryDelay: number;
  dirtyDays: number;
  branding: boolean;
  useDeviceTsid: boolean;
  serverCp: boolean;
  pauseServerQueue: boolean;
  startCheapTime: string;
  stopCheapTime: string;
  archiveOutgoingFaxes: boolean;
  archiveDirectory: string;
}

export interface SimServer {
  name: string;
  rights?: SimRight[];
  latencyMs?: number;
  configuration?: SimConfiguration;
  methods?: SimRoutingMethod[];
  ports: SimPort[];
  jobs?: SimJob[];
}

export const MICROSOFT_ROUTING_METHODS: readonly SimRoutingMethod[] = [
  routingMethod('{92041a90-9af2-11d0-abf7-00c04fd91a4e}', 'Store in a folder', 'RouteToFolder'),
  routingMethod('{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}', 'Route through e-mail', 'RouteToEmail'),
  routingMethod('{aec1b37c-9af2-11d0-abf7-00c04fd91a4e}', 'Print', 'RoutePrint'),
];

function routingMethod(guid: string, friendlyName: string, functionName: string): SimRoutingMethod {
  return {
    guid,
    friendlyName,
    functionName,
    extensionImageName: '%SystemRoot%\\system32\\fxsroute.dll',
    extensionFriendlyName: 'Microsoft Routing Extension',
  };
}

export const DEFAULT_CONFIGURATION: SimConfiguration = {
  retries: 3,
  retryDelay: 10,
  dirtyDays: 30,
  branding: true,
  useDeviceTsid: true,
  serverCp: false,
  pauseServerQueue: false,
  startCheapTime: '20:00',
  stopCheapTime: '07:00',
  archiveOutgoingFaxes: false,
  archiveDirectory: 'C:\\ProgramData\\Microsoft\\Windows NT\\MSFax\\SentItems',
};

/** U+0000 to U+001F and U+007F: what no text field of the state file holds (simulator/README.md). */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/u;

/** Thrown when a simulated world cannot be written as a state file; nothing is written then. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

function value(item: string | number | boolean): string {
  return typeof item === 'boolean' ? (item ? '1' : '0') : String(item);
}

/** A text field, refused when it holds a control character (a tab or line break would split its record). */
function text(where: string, field: string, item: string): string {
  const bad = CONTROL_CHARACTER.exec(item);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new StateFileError(`simulator state: ${where} ${field} holds the control character U+${code} at position ${bad.index + 1}; state file text fields cannot (${JSON.stringify(item)})`);
  }
  return item;
}

function record(...fields: (string | number | boolean)[]): string {
  return fields.map(value).join('\t');
}

export function serializeState(servers: readonly SimServer[]): string {
  const lines = ['# FaxBridge winfax simulator state (see simulator/README.md)', record('faxbridge-simulator-state', 1)];
  for (const server of servers) {
    const where = `server ${JSON.stringify(server.name)}`;
    lines.push('', record('server', text('a', 'server name', server.name)));
    if (server.rights) lines.push(record('rights', server.rights.length ? server.rights.join(',') : 'none'));
    if (server.latencyMs !== undefined) lines.push(record('latency', server.latencyMs));
    const c = server.configuration ?? DEFAULT_CONFIGURATION;
    lines.push(
      record('config', c.retries, c.retryDelay, c.dirtyDays, c.branding, c.useDeviceTsid, c.serverCp, c.pauseServerQueue,
        text(where, 'startCheapTime', c.startCheapTime), text(where, 'stopCheapTime', c.stopCheapTime), c.archiveOutgoingFaxes,
        text(where, 'archiveDirectory', c.archiveDirectory)),
    );
    for (const m of server.methods ?? MICROSOFT_ROUTING_METHODS) {
      const at = `${where} method ${JSON.stringify(m.guid)}`;
      lines.push(record('method', text(at, 'guid', m.guid), text(at, 'friendlyName', m.friendlyName), text(at, 'functionName', m.functionName),
        text(at, 'extensionImageName', m.extensionImageName), text(at, 'extensionFriendlyName', m.extensionFriendlyName)));
    }
    for (const p of server.ports) {
      const at = `${where} port ${p.deviceId}`;
      const methods = p.enabledMethods?.length ? p.enabledMethods.map((guid) => text(at, 'enabledMethods', guid)).join(',') : '-';
      lines.push(record('port', p.deviceId, p.flags, p.rings, p.priority, text(at, 'state', String(p.state)), text(at, 'tsid', p.tsid),
        text(at, 'csid', p.csid), methods, text(at, 'name', p.name)));
    }
    for (const j of server.jobs ?? []) {
      const at = `${where} job on ${j.deviceId}`;
      const t = (field: keyof SimJob & string, item: string): string => text(at, field, item);
      lines.push(
        record('job', j.deviceId, j.jobType, t('callerId', j.callerId), t('csid', j.csid), j.currentPage, j.totalPages, j.size,
          t('documentName', j.documentName), t('phoneNumber', j.phoneNumber), t('routingString', j.routingString), t('senderName', j.senderName),
          t('recipientName', j.recipientName), t('tsid', j.tsid), t('userName', j.userName), j.startTime, j.submittedTime, t('statusString', j.statusString)),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Writes the state atomically (temporary file, then rename), as the simulator itself does, and like
 * it keeps the mode and (where permitted) the owner of the file it replaces.
 */
export function writeStateFile(file: string, servers: readonly SimServer[]): void {
  const content = serializeState(servers);
  mkdirSync(path.dirname(file), { recursive: true });
  const existing = statOrUndefined(file);
  const temporary = `${file}.tmp.${process.pid}`;
  try {
    writeFileSync(temporary, content, { mode: existing ? 0o600 : 0o666 });
    if (existing && process.platform !== 'win32') {
      try {
        chownSync(temporary, existing.uid, existing.gid);
      } catch {
        // Only root may give a file away; the writer then keeps it, as the simulator does.
      }
      chmodSync(temporary, existing.mode & 0o7777);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** `count` modem lines with distinct ids, names, priorities and station ids: for scale tests. */
export function generatedPorts(count: number, firstDeviceId = 0x10001): SimPort[] {
  return Array.from({ length: count }, (_, i) => ({
    deviceId: firstDeviceId + i,
    name: `Modem line ${String(i + 1).padStart(5, '0')}`,
    flags: i % 3 === 0 ? 1 : 3,
    rings: i % 10,
    priority: i + 1,
    state: 'AVAILABLE',
    tsid: `+1 555 ${String(i).padStart(7, '0')}`,
    csid: `+1 555 ${String(i).padStart(7, '0')}`,
  }));
}
