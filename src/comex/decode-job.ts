// From the properties the C# bridge reads off a FaxOutgoingJob or FaxIncomingJob (FaxJobs.cs) to
// FaxBridge's job. FaxComEx's enums are not the legacy API's: FAX_JOB_STATUS_ENUM has a bit for
// pending, FAX_JOB_TYPE_ENUM counts from 0, FAX_RECEIPT_TYPE_ENUM has its own values, so each is
// decoded here to the names the winfax backend gives.
import type { FaxDeliveryReportType, FaxJob, FaxJobQueueStatus, FaxJobType, JobCommand } from '../core/model.js';

/** What the bridge reads off one job; the outgoing-only fields are absent on incoming jobs. */
export interface ComExJobEntry {
  /** FaxComEx's 64-bit job id, in hex. */
  readonly id: string;
  /** Its low 32 bits: FaxBridge's job id. */
  readonly lowId: number;
  readonly outgoing: boolean;
  /** FAX_JOB_TYPE_ENUM: 0 send, 1 receive, 2 routing. */
  readonly jobType: number;
  /** FAX_JOB_STATUS_ENUM bits. */
  readonly status: number;
  /** FAX_JOB_OPERATIONS_ENUM bits. */
  readonly availableOperations: number;
  readonly deviceId: number;
  readonly deviceName: string | null;
  readonly size: number;
  readonly retries: number;
  readonly tsid: string;
  readonly csid: string;
  readonly documentName?: string;
  readonly pages?: number;
  readonly recipientNumber?: string;
  readonly recipientName?: string;
  readonly senderName?: string;
  readonly senderCompany?: string;
  readonly senderDepartment?: string;
  readonly billingCode?: string;
  readonly receiptType?: number;
  readonly submissionTime?: string | null;
  readonly scheduledTime?: string | null;
  readonly callerId?: string;
}

/** A job as FaxComEx describes it: FaxBridge's job plus its full id and what may be done to it. */
export interface ComExFaxJob extends FaxJob {
  /** FaxComEx's own 64-bit id in hex; `id` is its low 32 bits. */
  readonly comExId: string;
  readonly availableOperations: readonly string[];
}

const STATUS_BITS: readonly (readonly [number, FaxJobQueueStatus])[] = [
  [0x1, 'Pending'],
  [0x2, 'InProgress'],
  [0x8, 'Failed'],
  [0x10, 'Paused'],
  [0x20, 'NoLine'],
  [0x40, 'Retrying'],
  [0x80, 'RetriesExceeded'],
  [0x400, 'Deleting'],
  // fjsROUTING: a received fax being routed, the legacy API's JS_INPROGRESS of a JT_ROUTING job.
  [0x800, 'InProgress'],
];

/** FAX_JOB_OPERATIONS_ENUM without its fjo prefix. */
const OPERATION_BITS: readonly (readonly [number, string])[] = [
  [0x1, 'View'],
  [0x2, 'Pause'],
  [0x4, 'Resume'],
  [0x8, 'Restart'],
  [0x10, 'Delete'],
  [0x20, 'RecipientInfo'],
  [0x40, 'SenderInfo'],
];

/** The AvailableOperations name each command needs. */
export const COMMAND_OPERATION: Readonly<Record<JobCommand, string>> = { pause: 'Pause', resume: 'Resume', restart: 'Restart', delete: 'Delete' };

const JOB_TYPES: readonly FaxJobType[] = ['Send', 'Receive', 'Routing'];
const RECEIPTS: Readonly<Record<number, FaxDeliveryReportType>> = { 0: 'None', 1: 'Email', 4: 'Inbox' };

function statusNames(status: number): FaxJobQueueStatus[] {
  const names: FaxJobQueueStatus[] = [];
  let rest = status;
  for (const [bit, name] of STATUS_BITS) {
    if ((status & bit) === 0) continue;
    rest &= ~bit;
    if (!names.includes(name)) names.push(name);
  }
  if (rest !== 0) names.push(`Unknown(0x${rest.toString(16)})`);
  return names.length === 0 ? ['Pending'] : names;
}

export function operationNames(operations: number): string[] {
  return OPERATION_BITS.filter(([bit]) => (operations & bit) !== 0).map(([, name]) => name);
}

function deviceStateOf(job: ComExJobEntry): string | null {
  if ((job.status & 0x2) === 0) return null;
  return job.outgoing ? 'Sending' : 'Receiving';
}

export function decodeComExJob(server: string, job: ComExJobEntry): ComExFaxJob {
  const scheduleTime = job.scheduledTime ?? null;
  const submittedTime = job.submissionTime ?? null;
  return {
    backend: 'comex',
    server,
    id: job.lowId,
    comExId: job.id,
    type: JOB_TYPES[job.jobType] ?? `Unknown(${job.jobType})`,
    typeCode: job.jobType,
    queueStatus: statusNames(job.status),
    queueStatusCode: job.status,
    // FaxComEx names no FPS_* state for a job; only whether its device is sending or receiving it.
    deviceState: deviceStateOf(job),
    deviceStateCode: 0,
    // FaxOutgoingJob does not say which user submitted it.
    userName: '',
    recipientNumber: job.recipientNumber ?? '',
    recipientName: job.recipientName ?? '',
    tsid: job.tsid,
    senderName: job.senderName ?? '',
    senderCompany: job.senderCompany ?? '',
    senderDepartment: job.senderDepartment ?? '',
    billingCode: job.billingCode ?? '',
    documentName: job.documentName ?? '',
    size: job.size,
    pageCount: job.pages ?? 0,
    // FaxOutgoingJob has the scheduled time but not the FAX_SCHEDULE_TYPE_ENUM it came from: a
    // time after submission is a specific time (a discount-period job reads the same).
    schedule: scheduleTime !== null && submittedTime !== null && scheduleTime > submittedTime ? 'SpecificTime' : 'Now',
    scheduleTime,
    deliveryReportType: job.receiptType === undefined ? 'None' : (RECEIPTS[job.receiptType] ?? `Unknown(${job.receiptType})`),
    // FaxOutgoingJob carries the receipt type but not its address.
    deliveryReportAddress: '',
    deviceName: job.deviceName,
    submittedTime,
    availableOperations: operationNames(job.availableOperations),
  };
}
