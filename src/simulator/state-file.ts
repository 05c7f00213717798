// Writes the winfax simulator's state file (format documented in simulator/README.md), so tests,
// benchmarks and users can describe simulated servers of any size.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
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

function field(value: string | number | boolean): string {
  const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  if (/[\t\r\n]/.test(text)) throw new Error(`simulator state fields cannot hold tabs or line breaks: ${JSON.stringify(text)}`);
  return text;
}

function record(...fields: (string | number | boolean)[]): string {
  return fields.map(field).join('\t');
}

export function serializeState(servers: readonly SimServer[]): string {
  const lines = ['# FaxBridge winfax simulator state (see simulator/README.md)', record('faxbridge-simulator-state', 1)];
  for (const server of servers) {
    lines.push('', record('server', server.name));
    if (server.rights) lines.push(record('rights', server.rights.length ? server.rights.join(',') : 'none'));
    if (server.latencyMs !== undefined) lines.push(record('latency', server.latencyMs));
    const c = server.configuration ?? DEFAULT_CONFIGURATION;
    lines.push(
      record('config', c.retries, c.retryDelay, c.dirtyDays, c.branding, c.useDeviceTsid, c.serverCp, c.pauseServerQueue,
        c.startCheapTime, c.stopCheapTime, c.archiveOutgoingFaxes, c.archiveDirectory),
    );
    for (const m of server.methods ?? MICROSOFT_ROUTING_METHODS) {
      lines.push(record('method', m.guid, m.friendlyName, m.functionName, m.extensionImageName, m.extensionFriendlyName));
    }
    for (const p of server.ports) {
      const methods = p.enabledMethods?.length ? p.enabledMethods.join(',') : '-';
      lines.push(record('port', p.deviceId, p.flags, p.rings, p.priority, p.state, p.tsid, p.csid, methods, p.name));
    }
    for (const j of server.jobs ?? []) {
      lines.push(
        record('job', j.deviceId, j.jobType, j.callerId, j.csid, j.currentPage, j.totalPages, j.size, j.documentName, j.phoneNumber,
          j.routingString, j.senderName, j.recipientName, j.tsid, j.userName, j.startTime, j.submittedTime, j.statusString),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** Writes the state atomically (temporary file, then rename), as the simulator itself does. */
export function writeStateFile(file: string, servers: readonly SimServer[]): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp.${process.pid}`;
  writeFileSync(temporary, serializeState(servers));
  renameSync(temporary, file);
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
