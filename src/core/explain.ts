// Says what a failed fax API call concerned: the Win32 code alone does not tell an administrator
// which of their servers, ports or routing methods it was about.
import { FaxApiError } from '../winfax/errors.js';
import { ERROR_ACCESS_DENIED, ERROR_BAD_UNIT, ERROR_DEVICE_IN_USE, ERROR_INVALID_DATA, RPC_S_CALL_FAILED, RPC_S_SERVER_UNAVAILABLE } from '../winfax/win32-errors.js';

/** The port (and routing method) a call was about, as far as the caller knows them. */
export interface FailureTarget {
  readonly deviceId?: number | undefined;
  readonly deviceName?: string | undefined;
  readonly guid?: string | undefined;
  /** The queued job a job call concerned. */
  readonly jobId?: number | undefined;
}

/** `error` with the server and target attached and, for the codes whose meaning is known here,
 * a lead saying what happened to which server or port. Other errors pass through unchanged. */
export function explainFailure(error: unknown, server: string, target: FailureTarget = {}): unknown {
  if (!(error instanceof FaxApiError) || error.explained) return error;
  return error.concerning({ server, ...target, lead: lead(error, server, target) });
}

function portLabel(deviceId: number, deviceName: string | undefined): string {
  return deviceName ? `port ${deviceId} (${deviceName})` : `port ${deviceId}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lead(error: FaxApiError, server: string, target: FailureTarget): string | undefined {
  // The library's own diagnostic (a corrupt simulator state file) already says what is wrong, and
  // it is wrong for every server alike.
  if (error.diagnostic) return undefined;
  const deviceId = target.deviceId ?? error.deviceId;
  const port = deviceId === undefined ? undefined : portLabel(deviceId, target.deviceName ?? error.deviceName);
  switch (error.win32Code) {
    case RPC_S_SERVER_UNAVAILABLE:
      return `Fax server ${server} cannot be reached`;
    case RPC_S_CALL_FAILED:
      return `The call to fax server ${server} failed`;
    case ERROR_BAD_UNIT:
      return deviceId === undefined ? undefined : `No fax device with id ${deviceId} on ${server}`;
    case ERROR_DEVICE_IN_USE:
      return port && `${capitalized(port)} on ${server} is in use by an active fax job and cannot be changed until the job ends`;
    case ERROR_ACCESS_DENIED:
      return jobAccessLead(error.api, server, target.jobId ?? error.jobId);
    case ERROR_INVALID_DATA: {
      const guid = target.guid ?? error.guid;
      return guid && port && error.api === 'FaxEnableRoutingMethodW' ? `No routing method ${guid} for ${port} on ${server}` : undefined;
    }
    default:
      return undefined;
  }
}

/** The job calls each need one documented right; a refusal says which, for which job. */
function jobAccessLead(api: string, server: string, jobId: number | undefined): string | undefined {
  const job = jobId === undefined ? 'a fax job' : `fax job ${jobId}`;
  switch (api) {
    case 'FaxEnumJobsW':
      return `Listing the fax queue of ${server} was refused: the account lacks the FAX_JOB_QUERY right`;
    case 'FaxGetJobW':
      return `Reading ${job} on ${server} was refused: the account lacks the FAX_JOB_QUERY right`;
    case 'FaxSetJobW':
    case 'FaxAbort':
      return `Changing ${job} on ${server} was refused: the account lacks the FAX_JOB_MANAGE right`;
    default:
      return undefined;
  }
}
