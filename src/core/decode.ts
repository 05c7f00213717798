// From winfax structs to the core's plain objects.
import { FPF_RECEIVE, FPF_SEND, FPF_VIRTUAL, JOB_TYPE_NAMES, deviceStateName } from '../winfax/constants.js';
import type {
  FaxConfigurationW,
  FaxDeviceStatusW,
  FaxPortInfoW,
  FaxRoutingMethodW,
  FaxTime,
  FileTime,
} from '../winfax/types.js';
import type { FaxDeviceStatus, FaxPort, FaxRoutingMethod, FaxServerConfiguration } from './model.js';

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

function jobTypeLabel(code: number): string {
  const name = JOB_TYPE_NAMES[code];
  return name ? pascalCase(name.slice('JT_'.length)) : `Unknown(${code})`;
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
