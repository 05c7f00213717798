// The plain objects the core returns: decoded, camelCase, with no pointers or Win32 encodings left.

/** How a server is reached: the legacy Fax Client API (winfax.dll) or the Fax Extended COM API. */
export type BackendName = 'winfax' | 'comex';

export interface FaxPort {
  /** Which API produced the object; a change piped back goes through the same one. */
  readonly backend: BackendName;
  /** The server the port belongs to, as the caller named it ("localhost" for the local server). */
  readonly server: string;
  /** Assigned by the fax service; may change between sessions, so never store it for long. */
  readonly deviceId: number;
  readonly name: string;
  /** The FPS_* state without its prefix, in PascalCase: Available, Receiving, NoDialTone … */
  readonly state: string;
  readonly stateCode: number;
  readonly sendEnabled: boolean;
  readonly receiveEnabled: boolean;
  readonly virtual: boolean;
  readonly rings: number;
  readonly priority: number;
  readonly tsid: string;
  readonly csid: string;
}

export interface FaxDeviceStatus {
  /** Which API produced the object; a change piped back goes through the same one. */
  readonly backend: BackendName;
  readonly server: string;
  readonly deviceId: number;
  readonly deviceName: string;
  readonly status: string;
  readonly statusCode: number;
  readonly statusString: string | null;
  /** Send, Receive, Routing, FailReceive, Unknown; null when no job is active on the device. */
  readonly jobType: string | null;
  readonly callerId: string | null;
  readonly csid: string | null;
  readonly tsid: string | null;
  readonly currentPage: number;
  readonly totalPages: number;
  readonly size: number;
  readonly documentName: string | null;
  readonly phoneNumber: string | null;
  readonly routingString: string | null;
  readonly senderName: string | null;
  readonly recipientName: string | null;
  readonly userName: string | null;
  /** ISO 8601 (UTC), or null when the service reports no time. */
  readonly startTime: string | null;
  readonly submittedTime: string | null;
}

export interface FaxRoutingMethod {
  /** Which API produced the object; a change piped back goes through the same one. */
  readonly backend: BackendName;
  readonly server: string;
  readonly deviceId: number;
  readonly deviceName: string;
  readonly guid: string;
  readonly friendlyName: string;
  readonly functionName: string;
  readonly extensionImageName: string;
  readonly extensionFriendlyName: string;
  readonly enabled: boolean;
}

export interface FaxServerConfiguration {
  /** Which API produced the object; a change piped back goes through the same one. */
  readonly backend: BackendName;
  readonly server: string;
  readonly retries: number;
  /** Minutes between retries. */
  readonly retryDelay: number;
  /** Days a failed job stays in the queue. */
  readonly dirtyDays: number;
  readonly branding: boolean;
  readonly useDeviceTsid: boolean;
  /** Only server cover pages may be used. */
  readonly serverCp: boolean;
  readonly pauseServerQueue: boolean;
  /** Start and end of the discount rate period, "HH:MM". */
  readonly startCheapTime: string;
  readonly stopCheapTime: string;
  readonly archiveOutgoingFaxes: boolean;
  readonly archiveDirectory: string | null;
}

/** The settable fields of a port; every field is optional, the others stay as they are. */
export interface PortChange {
  readonly sendEnabled?: boolean | undefined;
  readonly receiveEnabled?: boolean | undefined;
  readonly rings?: number | undefined;
  readonly priority?: number | undefined;
  readonly tsid?: string | undefined;
  readonly csid?: string | undefined;
}

export interface ConfigurationChange {
  readonly retries?: number | undefined;
  readonly retryDelay?: number | undefined;
  readonly dirtyDays?: number | undefined;
  readonly branding?: boolean | undefined;
  readonly useDeviceTsid?: boolean | undefined;
  readonly serverCp?: boolean | undefined;
  readonly pauseServerQueue?: boolean | undefined;
  readonly startCheapTime?: string | undefined;
  readonly stopCheapTime?: string | undefined;
  readonly archiveOutgoingFaxes?: boolean | undefined;
  readonly archiveDirectory?: string | undefined;
}

/** A port named by its device id or by its device name (matched without regard to case). */
export type PortSelector = { readonly deviceId: number } | { readonly name: string };

export function describeSelector(selector: PortSelector): string {
  return 'deviceId' in selector ? `device id ${selector.deviceId}` : `device name "${selector.name}"`;
}

/** Send, Receive, Routing (a received fax waiting to be routed) or FailReceive; Unknown(n) otherwise. */
export type FaxJobType = 'Send' | 'Receive' | 'Routing' | 'FailReceive' | `Unknown(${number})`;

/** JS_* names without the prefix; Pending stands alone when no bit is set. */
export type FaxJobQueueStatus =
  | 'Pending'
  | 'InProgress'
  | 'Deleting'
  | 'Failed'
  | 'Paused'
  | 'NoLine'
  | 'Retrying'
  | 'RetriesExceeded'
  | `Unknown(0x${string})`;

/** JSA_*: send at once, at scheduleTime, or in the server's discount rate period. */
export type FaxJobSchedule = 'Now' | 'SpecificTime' | 'DiscountPeriod' | `Unknown(${number})`;

/** DRT_*: no delivery report, one by e-mail to deliveryReportAddress, or one to the sender's inbox. */
export type FaxDeliveryReportType = 'None' | 'Email' | 'Inbox' | `Unknown(${number})`;

export interface FaxJob {
  /** Which API produced the object; a change piped back goes through the same one. */
  readonly backend: BackendName;
  readonly server: string;
  /** The queue's id for the job; unique on its server while the job is queued. */
  readonly id: number;
  readonly type: FaxJobType;
  readonly typeCode: number;
  readonly queueStatus: readonly FaxJobQueueStatus[];
  readonly queueStatusCode: number;
  /** The FPS_* state of the device handling the job, as ports decode it (Sending, Aborting …); null when no device is. */
  readonly deviceState: string | null;
  readonly deviceStateCode: number;
  readonly userName: string;
  readonly recipientNumber: string;
  readonly recipientName: string;
  readonly tsid: string;
  readonly senderName: string;
  readonly senderCompany: string;
  readonly senderDepartment: string;
  readonly billingCode: string;
  readonly documentName: string;
  /** Bytes. */
  readonly size: number;
  readonly pageCount: number;
  readonly schedule: FaxJobSchedule;
  /** ISO 8601 (UTC), or null when the service reports no time. */
  readonly scheduleTime: string | null;
  readonly deliveryReportType: FaxDeliveryReportType;
  readonly deliveryReportAddress: string;
  /**
   * The device handling the job and when the job was submitted: FaxComEx reports both
   * (DeviceId, SubmissionTime); the legacy API's FAX_JOB_ENTRYW carries neither, so winfax jobs
   * have null here.
   */
  readonly deviceName: string | null;
  readonly submittedTime: string | null;
  /**
   * What the job's state allows (View, Pause, Resume, Restart, Delete …): FaxComEx's
   * AvailableOperations. The legacy API has no such field, so winfax jobs leave it out.
   */
  readonly availableOperations?: readonly string[];
}

/**
 * What FaxSetJobW may do to a job. restart is the same call as resume (winfax.h defines JC_RESTART
 * as JC_RESUME); FaxComEx, which has a distinct Restart, is the backend that tells them apart.
 */
export type JobCommand = 'pause' | 'resume' | 'restart' | 'delete';

export const JOB_COMMANDS: readonly JobCommand[] = ['pause', 'resume', 'restart', 'delete'];
