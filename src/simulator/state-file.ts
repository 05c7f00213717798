// Writes the winfax simulator's state file (format documented in simulator/README.md), so tests,
// benchmarks and users can describe simulated servers of any size.
import { type Stats, chmodSync, chownSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type SimRight = 'port-query' | 'port-set' | 'config-query' | 'config-set' | 'job-query' | 'job-manage';

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

/** JS_* names without the prefix, as the state file spells them; [] or ['PENDING'] for a pending job. */
export type SimQueueStatus = 'PENDING' | 'INPROGRESS' | 'DELETING' | 'FAILED' | 'PAUSED' | 'NOLINE' | 'RETRYING' | 'RETRIES_EXCEEDED';

/** A job in the server's queue (FAX_JOB_ENTRYW); one in progress names the device that runs it. */
export interface SimQueueJob {
  jobId: number;
  /** The device running the job (it must be INPROGRESS then); 0 or absent for none. */
  deviceId?: number;
  /** JT_*: 1 send, 2 receive, 3 routing, 4 failed receive. */
  jobType: number;
  queueStatus: SimQueueStatus[];
  /** JC_PAUSE was asked while the job ran: it pauses when it returns to the queue. */
  pauseOnReturn?: boolean;
  userName: string;
  size: number;
  pageCount: number;
  recipientNumber: string;
  recipientName: string;
  tsid: string;
  senderName: string;
  senderCompany: string;
  senderDepartment: string;
  billingCode: string;
  /** JSA_*: 0 now, 1 at scheduleTime, 2 in the discount period. */
  scheduleAction: number;
  /** Unix seconds, 0 for none. */
  scheduleTime: number;
  /** DRT_*: 0 none, 1 e-mail, 2 inbox. */
  deliveryReportType: number;
  deliveryReportAddress: string;
  documentName: string;
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
  queue?: SimQueueJob[];
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
    for (const q of server.queue ?? []) {
      const at = `${where} queue job ${q.jobId}`;
      const t = (field: keyof SimQueueJob & string, item: string): string => text(at, field, item);
      const status = q.queueStatus.filter((name) => name !== 'PENDING');
      lines.push(
        record('queue', q.jobId, q.deviceId ?? 0, q.jobType, status.length ? status.join(',') : 'PENDING', q.pauseOnReturn ?? false,
          t('userName', q.userName), q.size, q.pageCount, t('recipientNumber', q.recipientNumber), t('recipientName', q.recipientName),
          t('tsid', q.tsid), t('senderName', q.senderName), t('senderCompany', q.senderCompany), t('senderDepartment', q.senderDepartment),
          t('billingCode', q.billingCode), q.scheduleAction, q.scheduleTime, q.deliveryReportType,
          t('deliveryReportAddress', q.deliveryReportAddress), t('documentName', q.documentName)),
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

const GENERATED_QUEUE_STATUSES: readonly SimQueueStatus[][] = [['PENDING'], ['PAUSED'], ['RETRYING'], ['RETRIES_EXCEEDED'], ['NOLINE']];

/**
 * `count` queued jobs with distinct ids from `firstJobId`, none on a device: mostly outgoing faxes
 * in every waiting state, every tenth a received fax waiting to be routed. For scale tests.
 */
export function generatedJobs(count: number, firstJobId = 1): SimQueueJob[] {
  return Array.from({ length: count }, (_, i) => {
    const routing = i % 10 === 9;
    return {
      jobId: firstJobId + i,
      jobType: routing ? 3 : 1,
      queueStatus: routing ? ['PENDING'] : (GENERATED_QUEUE_STATUSES[i % GENERATED_QUEUE_STATUSES.length] ?? ['PENDING']),
      userName: `CONTOSO\\user${String(i % 100).padStart(2, '0')}`,
      size: 10_000 + ((i * 7919) % 500_000),
      pageCount: 1 + (i % 30),
      recipientNumber: routing ? '' : `+1 555 ${String(i).padStart(7, '0')}`,
      recipientName: routing ? 'Reception' : `Recipient ${i + 1}`,
      tsid: routing ? `+1 555 ${String(i).padStart(7, '0')}` : '+1 425 555 0100',
      senderName: routing ? `Sender ${i + 1}` : `User ${i % 100}`,
      senderCompany: 'Contoso Ltd',
      senderDepartment: 'Operations',
      billingCode: i % 4 === 0 ? `BILL-${i}` : '',
      scheduleAction: i % 7 === 0 ? 1 : 0,
      scheduleTime: i % 7 === 0 ? 1_772_384_400 + i * 60 : 0,
      deliveryReportType: i % 3,
      deliveryReportAddress: i % 3 === 1 ? `user${i % 100}@contoso.com` : '',
      documentName: routing ? `Received fax ${i + 1}` : `Document ${String(i + 1).padStart(5, '0')}`,
    };
  });
}
