// From the FaxComEx properties the C# bridge reads to FaxBridge's plain objects, and from a
// configuration change to the FaxComEx settings that hold it. FaxComEx has no FPS_* codes, so
// states are named from the device's flags and their codes are 0.
import type { ConfigurationChange, FaxDeviceStatus, FaxPort, FaxRoutingMethod, FaxServerConfiguration } from '../core/model.js';
import { faxTimeToString } from '../core/decode.js';
import { parseFaxTime } from '../core/validate.js';

/** What the bridge reads off a FaxDevice (FaxDevices.cs). */
export interface ComExDevice {
  readonly id: number;
  readonly deviceName: string;
  readonly providerUniqueName: string;
  readonly sendEnabled: boolean;
  /** FAX_DEVICE_RECEIVE_MODE_ENUM: 0 no answer, 1 auto answer, 2 manual answer. */
  readonly receiveMode: number;
  readonly ringsBeforeAnswer: number;
  readonly tsid: string;
  readonly csid: string;
  readonly poweredOff: boolean;
  readonly sendingNow: boolean;
  readonly receivingNow: boolean;
  readonly ringingNow: boolean;
  readonly usedRoutingMethods: readonly string[];
}

/** A FaxInboundRoutingMethod as it applies to one device (FaxRouting.cs). */
export interface ComExRoutingMethod {
  readonly deviceId: number;
  readonly deviceName: string;
  readonly guid: string;
  readonly name: string;
  readonly functionName: string;
  readonly extensionImageName: string;
  readonly extensionFriendlyName: string;
  readonly used: boolean;
}

/** FaxOutgoingQueue and FaxOutgoingArchive settings (FaxQueueSettings.cs). */
export interface ComExQueueSettings {
  readonly retries: number;
  readonly retryDelay: number;
  readonly ageLimit: number;
  readonly branding: boolean;
  readonly useDeviceTsid: boolean;
  readonly allowPersonalCoverPages: boolean;
  readonly paused: boolean;
  readonly discountRateStartMinutes: number;
  readonly discountRateEndMinutes: number;
  readonly useArchive: boolean;
  readonly archiveFolder: string;
}

/** A port as FaxComEx describes it: FaxBridge's port plus what only FaxComEx knows. */
export interface ComExPort extends FaxPort {
  /** Off, Auto or Manual (FAX_DEVICE_RECEIVE_MODE_ENUM). */
  readonly receiveMode: string;
  readonly poweredOff: boolean;
  readonly provider: string;
  readonly usedRoutingMethods: readonly string[];
}

const RECEIVE_MODES = ['Off', 'Auto', 'Manual'] as const;

/** The same names the winfax backend gives the matching FPS_* states. */
function stateOf(device: ComExDevice): string {
  if (device.poweredOff) return 'Offline';
  if (device.sendingNow) return 'Sending';
  if (device.receivingNow) return 'Receiving';
  if (device.ringingNow) return 'Ringing';
  return 'Available';
}

export function decodeComExPort(server: string, device: ComExDevice): ComExPort {
  return {
    backend: 'comex',
    server,
    deviceId: device.id,
    name: device.deviceName,
    state: stateOf(device),
    stateCode: 0,
    sendEnabled: device.sendEnabled,
    receiveEnabled: device.receiveMode !== 0,
    // FaxComEx does not say whether a device is virtual.
    virtual: false,
    rings: device.ringsBeforeAnswer,
    // Priorities belong to the legacy API; FaxComEx devices have none.
    priority: 0,
    tsid: device.tsid,
    csid: device.csid,
    receiveMode: RECEIVE_MODES[device.receiveMode] ?? `Unknown(${device.receiveMode})`,
    poweredOff: device.poweredOff,
    provider: device.providerUniqueName,
    usedRoutingMethods: device.usedRoutingMethods,
  };
}

/** FaxComEx tells what a device is doing, not which job: the job fields stay empty. */
export function decodeComExStatus(server: string, device: ComExDevice): FaxDeviceStatus {
  return {
    backend: 'comex',
    server,
    deviceId: device.id,
    deviceName: device.deviceName,
    status: stateOf(device),
    statusCode: 0,
    statusString: null,
    jobType: null,
    callerId: null,
    csid: null,
    tsid: null,
    currentPage: 0,
    totalPages: 0,
    size: 0,
    documentName: null,
    phoneNumber: null,
    routingString: null,
    senderName: null,
    recipientName: null,
    userName: null,
    startTime: null,
    submittedTime: null,
  };
}

export function decodeComExRoutingMethod(server: string, method: ComExRoutingMethod): FaxRoutingMethod {
  return {
    backend: 'comex',
    server,
    deviceId: method.deviceId,
    deviceName: method.deviceName,
    guid: method.guid,
    friendlyName: method.name,
    functionName: method.functionName,
    extensionImageName: method.extensionImageName,
    extensionFriendlyName: method.extensionFriendlyName,
    enabled: method.used,
  };
}

/** Minutes after midnight as "HH:MM", written as the winfax backend writes a FAX_TIME. */
function timeOfDay(minutes: number): string {
  return faxTimeToString({ Hour: Math.floor(minutes / 60), Minute: minutes % 60 });
}

export function decodeComExConfiguration(server: string, settings: ComExQueueSettings): FaxServerConfiguration {
  return {
    backend: 'comex',
    server,
    retries: settings.retries,
    retryDelay: settings.retryDelay,
    dirtyDays: settings.ageLimit,
    branding: settings.branding,
    useDeviceTsid: settings.useDeviceTsid,
    serverCp: !settings.allowPersonalCoverPages,
    pauseServerQueue: settings.paused,
    startCheapTime: timeOfDay(settings.discountRateStartMinutes),
    stopCheapTime: timeOfDay(settings.discountRateEndMinutes),
    archiveOutgoingFaxes: settings.useArchive,
    archiveDirectory: settings.archiveFolder === '' ? null : settings.archiveFolder,
  };
}

/** The FaxComEx settings a (validated) configuration change writes. */
export function encodeComExConfigurationChange(change: ConfigurationChange): Partial<ComExQueueSettings> {
  const minutes = (field: string, value: string): number => {
    const time = parseFaxTime(field, value);
    return time.Hour * 60 + time.Minute;
  };
  const settings: { -readonly [K in keyof ComExQueueSettings]?: ComExQueueSettings[K] } = {};
  if (change.retries !== undefined) settings.retries = change.retries;
  if (change.retryDelay !== undefined) settings.retryDelay = change.retryDelay;
  if (change.dirtyDays !== undefined) settings.ageLimit = change.dirtyDays;
  if (change.branding !== undefined) settings.branding = change.branding;
  if (change.useDeviceTsid !== undefined) settings.useDeviceTsid = change.useDeviceTsid;
  if (change.serverCp !== undefined) settings.allowPersonalCoverPages = !change.serverCp;
  if (change.pauseServerQueue !== undefined) settings.paused = change.pauseServerQueue;
  if (change.startCheapTime !== undefined) settings.discountRateStartMinutes = minutes('startCheapTime', change.startCheapTime);
  if (change.stopCheapTime !== undefined) settings.discountRateEndMinutes = minutes('stopCheapTime', change.stopCheapTime);
  if (change.archiveOutgoingFaxes !== undefined) settings.useArchive = change.archiveOutgoingFaxes;
  if (change.archiveDirectory !== undefined) settings.archiveFolder = change.archiveDirectory;
  return settings;
}
