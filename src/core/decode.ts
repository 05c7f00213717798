// From winfax structs to the core's plain objects.
import { FPF_RECEIVE, FPF_SEND, FPF_VIRTUAL, JOB_TYPE_NAMES, JS, deviceStateName } from '../winfax/constants.js';
import type {
  FaxConfigurationW,
  FaxDeviceStatusW,
  FaxJobEntryW,
  FaxPortInfoW,
  FaxRoutingMethodW,
  FaxTime,
  FileTime,
  SystemTime,
} from '../winfax/types.js';
import type {
  FaxDeliveryReportType,
  FaxDeviceStatus,
  FaxJob,
  FaxJobQueueStatus,
  FaxJobSchedule,
  FaxJobType,
  FaxPort,
  FaxRoutingMethod,
  FaxServerConfiguration,
} from './model.js';

/** FPS_NO_DIAL_TONE → NoDialTone; a value winfax.h does not define → Unknown(0x…). */
export function stateLabel(code: number): string {
  const name = deviceStateName(code);
  if (!name) return `Unknown(0x${code.toString(16).padStart(8, '0')})`;
  return pascalCase(name.slice('FPS_'.length));
}

function pascalCase(upperSnake: string): string {
  return upperSnake
    .split('_')
    .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .join('');
}

// FILETIME counts 100 ns intervals since 1601-01-01 UTC.
const FILETIME_TICKS_PER_MS = 10_000n;
const FILETIME_UNIX_EPOCH = 116_444_736_000_000_000n;

export function fileTimeToIso(time: FileTime): string | null {
  const ticks = (BigInt(time.dwHighDateTime) << 32n) | BigInt(time.dwLowDateTime);
  if (ticks === 0n) return null;
  const ms = Number((ticks - FILETIME_UNIX_EPOCH) / FILETIME_TICKS_PER_MS);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function faxTimeToString(time: FaxTime): string {
  return `${String(time.Hour).padStart(2, '0')}:${String(time.Minute).padStart(2, '0')}`;
}

export function decodePort(server: string, info: FaxPortInfoW): FaxPort {
  return {
    backend: 'winfax',
    server,
    deviceId: info.DeviceId,
    name: info.DeviceName ?? '',
    state: stateLabel(info.State),
    stateCode: info.State,
    sendEnabled: (info.Flags & FPF_SEND) !== 0,
    receiveEnabled: (info.Flags & FPF_RECEIVE) !== 0,
    virtual: (info.Flags & FPF_VIRTUAL) !== 0,
    rings: info.Rings,
    priority: info.Priority,
    tsid: info.Tsid ?? '',
    csid: info.Csid ?? '',
  };
}

const JOB_TYPES: Readonly<Record<number, FaxJobType>> = { 1: 'Send', 2: 'Receive', 3: 'Routing', 4: 'FailReceive' };

function jobTypeLabel(code: number): string {
  const name = JOB_TYPE_NAMES[code];
  return name ? pascalCase(name.slice('JT_'.length)) : `Unknown(${code})`;
}

/** A queued job's JT_* type: JT_SEND → Send, JT_FAIL_RECEIVE → FailReceive; any other value → Unknown(n). */
function queuedJobType(code: number): FaxJobType {
  return JOB_TYPES[code] ?? `Unknown(${code})`;
}

const QUEUE_STATUS_BITS: readonly [number, FaxJobQueueStatus][] = [
  [JS.JS_INPROGRESS, 'InProgress'],
  [JS.JS_DELETING, 'Deleting'],
  [JS.JS_FAILED, 'Failed'],
  [JS.JS_PAUSED, 'Paused'],
  [JS.JS_NOLINE, 'NoLine'],
  [JS.JS_RETRYING, 'Retrying'],
  [JS.JS_RETRIES_EXCEEDED, 'RetriesExceeded'],
];
const KNOWN_QUEUE_BITS = QUEUE_STATUS_BITS.reduce((all, [bit]) => all | bit, 0);

/** The JS_* bits as names, in winfax.h's order; ['Pending'] when none is set. */
export function queueStatusNames(code: number): FaxJobQueueStatus[] {
  if (code === 0) return ['Pending'];
  const names = QUEUE_STATUS_BITS.filter(([bit]) => (code & bit) !== 0).map(([, name]) => name);
  const unknown = (code & ~KNOWN_QUEUE_BITS) >>> 0;
  if (unknown) names.push(`Unknown(0x${unknown.toString(16)})`);
  return names;
}

const SCHEDULES: Readonly<Record<number, FaxJobSchedule>> = { 0: 'Now', 1: 'SpecificTime', 2: 'DiscountPeriod' };
const DELIVERY_REPORTS: Readonly<Record<number, FaxDeliveryReportType>> = { 0: 'None', 1: 'Email', 2: 'Inbox' };

/** A UTC SYSTEMTIME as ISO 8601; null for the all-zero time the service gives when there is none. */
export function systemTimeToIso(time: SystemTime): string | null {
  if (time.wYear === 0) return null;
  const ms = Date.UTC(time.wYear, time.wMonth - 1, time.wDay, time.wHour, time.wMinute, time.wSecond, time.wMilliseconds);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function decodeJob(server: string, entry: FaxJobEntryW): FaxJob {
  return {
    backend: 'winfax',
    server,
    id: entry.JobId,
    type: queuedJobType(entry.JobType),
    typeCode: entry.JobType,
    queueStatus: queueStatusNames(entry.QueueStatus),
    queueStatusCode: entry.QueueStatus,
    deviceState: entry.Status === 0 ? null : stateLabel(entry.Status),
    deviceStateCode: entry.Status,
    userName: entry.UserName ?? '',
    recipientNumber: entry.RecipientNumber ?? '',
    recipientName: entry.RecipientName ?? '',
    tsid: entry.Tsid ?? '',
    senderName: entry.SenderName ?? '',
    senderCompany: entry.SenderCompany ?? '',
    senderDepartment: entry.SenderDept ?? '',
    billingCode: entry.BillingCode ?? '',
    documentName: entry.DocumentName ?? '',
    size: entry.Size,
    pageCount: entry.PageCount,
    schedule: SCHEDULES[entry.ScheduleAction] ?? `Unknown(${entry.ScheduleAction})`,
    scheduleTime: systemTimeToIso(entry.ScheduleTime),
    deliveryReportType: DELIVERY_REPORTS[entry.DeliveryReportType] ?? `Unknown(${entry.DeliveryReportType})`,
    deliveryReportAddress: entry.DeliveryReportAddress ?? '',
    deviceName: null,
    submittedTime: null,
  };
}

export function decodeDeviceStatus(server: string, status: FaxDeviceStatusW): FaxDeviceStatus {
  const startTime = fileTimeToIso(status.StartTime);
  const hasJob = status.JobType !== 0 || startTime !== null || status.DocumentName !== null;
  return {
    backend: 'winfax',
    server,
    deviceId: status.DeviceId,
    deviceName: status.DeviceName ?? '',
    status: stateLabel(status.Status),
    statusCode: status.Status,
    statusString: status.StatusString,
    jobType: hasJob ? jobTypeLabel(status.JobType) : null,
    callerId: status.CallerId,
    csid: status.Csid,
    tsid: status.Tsid,
    currentPage: status.CurrentPage,
    totalPages: status.TotalPages,
    size: status.Size,
    documentName: status.DocumentName,
    phoneNumber: status.PhoneNumber,
    routingString: status.RoutingString,
    senderName: status.SenderName,
    recipientName: status.RecipientName,
    userName: status.UserName,
    startTime,
    submittedTime: fileTimeToIso(status.SubmittedTime),
  };
}

export function decodeRoutingMethod(server: string, method: FaxRoutingMethodW): FaxRoutingMethod {
  return {
    backend: 'winfax',
    server,
    deviceId: method.DeviceId,
    deviceName: method.DeviceName ?? '',
    guid: method.Guid ?? '',
    friendlyName: method.FriendlyName ?? '',
    functionName: method.FunctionName ?? '',
    extensionImageName: method.ExtensionImageName ?? '',
    extensionFriendlyName: method.ExtensionFriendlyName ?? '',
    enabled: method.Enabled !== 0,
  };
}

export function decodeConfiguration(server: string, config: FaxConfigurationW): FaxServerConfiguration {
  return {
    backend: 'winfax',
    server,
    retries: config.Retries,
    retryDelay: config.RetryDelay,
    dirtyDays: config.DirtyDays,
    branding: config.Branding !== 0,
    useDeviceTsid: config.UseDeviceTsid !== 0,
    serverCp: config.ServerCp !== 0,
    pauseServerQueue: config.PauseServerQueue !== 0,
    startCheapTime: faxTimeToString(config.StartCheapTime),
    stopCheapTime: faxTimeToString(config.StopCheapTime),
    archiveOutgoingFaxes: config.ArchiveOutgoingFaxes !== 0,
    archiveDirectory: config.ArchiveDirectory,
  };
}
