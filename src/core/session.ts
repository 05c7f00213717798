// One connection to a fax server and the documented call sequence for every operation:
// FaxConnectFaxServer → FaxEnumPorts / FaxOpenPort(QUERY or MODIFY) → FaxGet*/FaxSet* →
// FaxFreeBuffer for each buffer → FaxClose for each handle, on every path.
import { JC_DELETE, JC_PAUSE, JC_RESTART, JC_RESUME, PORT_OPEN_MODIFY, PORT_OPEN_QUERY, FPF_RECEIVE, FPF_SEND } from '../winfax/constants.js';
import { FaxApiError } from '../winfax/errors.js';
import { loadWinFax, type WinFaxLibrary } from '../winfax/library.js';
import { decodeArray, decodeStruct, structSize } from '../winfax/memory.js';
import type { FaxPointer, Out } from '../winfax/prototypes.js';
import {
  FAX_CONFIGURATIONW,
  FAX_DEVICE_STATUSW,
  FAX_JOB_ENTRYW,
  FAX_PORT_INFOW,
  FAX_ROUTING_METHODW,
  type FaxConfigurationW,
  type FaxDeviceStatusW,
  type FaxJobEntryW,
  type FaxPortInfoW,
  type FaxRoutingMethodW,
} from '../winfax/types.js';
import { ERROR_INVALID_HANDLE, ERROR_INVALID_OPERATION, ERROR_INVALID_PARAMETER } from '../winfax/win32-errors.js';
import { decodeConfiguration, decodeDeviceStatus, decodeJob, decodePort, decodeRoutingMethod } from './decode.js';
import {
  JobNotFoundError,
  JobStateError,
  PortBeingModifiedError,
  PortNotFoundError,
  ValidationError,
} from './errors.js';
import {
  type ConfigurationChange,
  describeSelector,
  type FaxDeviceStatus,
  type FaxJob,
  type FaxPort,
  type JobCommand,
  type FaxRoutingMethod,
  type FaxServerConfiguration,
  type PortChange,
  type PortSelector,
} from './model.js';
import { acquire, closeHandle, freeBuffer, releaseAfter, usingBuffer, usingHandle } from './resources.js';
import { bareServerName, displayServerName, isLocalServerName } from './server-name.js';
import {
  checkJobCommand,
  checkJobId,
  checkPriorityInRange,
  parseFaxTime,
  validateConfigurationChange,
  validatePortChangeShape,
} from './validate.js';
import { explainFailure, type FailureTarget } from './explain.js';
import { checkRoutingSwitch } from './routing-guid.js';
import type { FaxBackendSession } from '../backends/session.js';
import { backendRefusal } from '../backends/choice.js';

export interface ConnectOptions {
  /** A server name; empty, ".", "localhost" or this machine's name mean the local fax server. */
  readonly server?: string | undefined;
  readonly libraryPath?: string | undefined;
  /** An already loaded library (tests, and callers that hold one). */
  readonly library?: WinFaxLibrary | undefined;
}

type PortAccess = typeof PORT_OPEN_QUERY | typeof PORT_OPEN_MODIFY;

/** A resolved port: its device id and, where known, its name; plus the routing method a call concerns. */
type PortTarget = FailureTarget & { readonly deviceId: number };

export class FaxServerSession implements FaxBackendSession {
  readonly library: WinFaxLibrary;
  /** The server as results name it: "localhost" or the remote name without leading backslashes. */
  readonly server: string;
  private handle: FaxPointer | null;

  private constructor(library: WinFaxLibrary, server: string, handle: FaxPointer) {
    this.library = library;
    this.server = server;
    this.handle = handle;
  }

  static connect(options: ConnectOptions = {}): FaxServerSession {
    const library = options.library ?? loadWinFax({ libraryPath: options.libraryPath });
    const local = isLocalServerName(options.server);
    const server = displayServerName(options.server);
    if (!local && library.isWindowsFaxService) {
      throw backendRefusal('winfax', options.server);
    }
    const machineName = local ? null : bareServerName(options.server ?? '').trim();
    let handle: FaxPointer | null;
    try {
      handle = acquire(
        (out) => library.invoke('FaxConnectFaxServerW', machineName, out),
        (leaked) => library.functions.FaxClose(leaked),
      );
    } catch (error) {
      throw explainFailure(error, server);
    }
    if (handle === null) throw new FaxApiError('FaxConnectFaxServerW', ERROR_INVALID_HANDLE);
    return new FaxServerSession(library, server, handle);
  }

  get isOpen(): boolean {
    return this.handle !== null;
  }

  /** Closes the server handle; calling it again does nothing. */
  close(): void {
    const handle = this.handle;
    if (handle === null) return;
    this.handle = null;
    closeHandle(this.library, handle);
  }

  listPorts(): FaxPort[] {
    return this.explained(() => this.enumPortInfos().map((info) => decodePort(this.server, info)));
  }

  getPort(selector: PortSelector): FaxPort {
    return this.explained(() => {
      const target = this.resolvePort(selector);
      return this.withPort(target, PORT_OPEN_QUERY, (port) => decodePort(this.server, this.readPort(port)));
    });
  }

  getDeviceStatus(selector: PortSelector): FaxDeviceStatus {
    return this.explained(() => {
      const target = this.resolvePort(selector);
      return this.withPort(target, PORT_OPEN_QUERY, (port) => {
        const buffer = this.acquireBuffer((out) => this.library.invoke('FaxGetDeviceStatusW', port, out));
        return usingBuffer(this.library, buffer, (b) =>
          decodeDeviceStatus(this.server, decodeStruct<FaxDeviceStatusW>(this.required('FaxGetDeviceStatusW', b), FAX_DEVICE_STATUSW)),
        );
      });
    });
  }

  /** Validates the change, writes it under a PORT_OPEN_MODIFY handle and returns the port as re-read. */
  setPort(selector: PortSelector, change: PortChange): FaxPort {
    validatePortChangeShape(change);
    return this.explained(() => {
      const ports = this.enumPortInfos();
      if (change.priority !== undefined) checkPriorityInRange(change.priority, ports.length, this.server);
      const target = this.resolvePort(selector, ports);
      return this.withPort(target, PORT_OPEN_MODIFY, (port) => {
        const current = this.readPort(port);
        this.library.invoke('FaxSetPortW', port, applyPortChange(current, change));
        return decodePort(this.server, this.readPort(port));
      });
    });
  }

  listRoutingMethods(selector: PortSelector): FaxRoutingMethod[] {
    return this.explained(() => {
      const target = this.resolvePort(selector);
      return this.withPort(target, PORT_OPEN_QUERY, (port) => this.readRoutingMethods(port));
    });
  }

  /** Enables or disables one routing method on a port and returns that method as re-read. */
  setRoutingMethodEnabled(selector: PortSelector, guid: string, enabled: boolean): FaxRoutingMethod {
    const routingGuid = checkRoutingSwitch(guid, enabled);
    return this.explained(() => {
      const target = { ...this.resolvePort(selector), guid: routingGuid };
      return this.withPort(target, PORT_OPEN_MODIFY, (port) => {
        this.library.invoke('FaxEnableRoutingMethodW', port, routingGuid, enabled ? 1 : 0);
        const method = this.readRoutingMethods(port).find((m) => m.guid.toLowerCase() === routingGuid.toLowerCase());
        if (!method) throw new PortNotFoundError(this.server, `routing method ${routingGuid} on device id ${target.deviceId}`);
        return method;
      });
    });
  }

  getConfiguration(): FaxServerConfiguration {
    return this.explained(() => decodeConfiguration(this.server, this.readConfiguration()));
  }

  setConfiguration(change: ConfigurationChange): FaxServerConfiguration {
    validateConfigurationChange(change);
    return this.explained(() => {
      const current = this.readConfiguration();
      this.library.invoke('FaxSetConfigurationW', this.serverHandle(), applyConfigurationChange(current, change));
      return decodeConfiguration(this.server, this.readConfiguration());
    });
  }

  /** Every job in the server's queue, outgoing and incoming (FaxEnumJobsW; needs FAX_JOB_QUERY). */
  listJobs(): FaxJob[] {
    return this.explained(() => {
      const count: Out<number> = [0];
      const buffer = this.acquireBuffer((out) => this.library.invoke('FaxEnumJobsW', this.serverHandle(), out, count));
      return usingBuffer(this.library, buffer, (b) =>
        b === null ? [] : decodeArray<FaxJobEntryW>(b, FAX_JOB_ENTRYW, count[0]).map((entry) => decodeJob(this.server, entry)),
      );
    });
  }

  /** One job by its queue id (FaxGetJobW; needs FAX_JOB_QUERY); JobNotFoundError when the queue has none. */
  getJob(jobId: number): FaxJob {
    const id = checkJobId(jobId);
    return this.explained(() => this.readJob(id));
  }

  /**
   * Pauses, resumes (restart is the same call in this API) or deletes a job and returns it as
   * re-read, or null once it has left the queue. The job is read first (FAX_JOB_QUERY), so an
   * unknown id is a JobNotFoundError and a job not in a state for the command a JobStateError,
   * before FaxSetJobW (FAX_JOB_MANAGE) is asked. Pausing an active job pauses it when it returns
   * to the queue; deleting one marks it Deleting while its device aborts the call.
   */
  setJob(jobId: number, command: JobCommand): FaxJob | null {
    const id = checkJobId(jobId);
    const checked = checkJobCommand(command);
    return this.explained(() => {
      const job = this.readJob(id);
      refuseIfNotReady(job, checked);
      try {
        this.library.invoke('FaxSetJobW', this.serverHandle(), id, JOB_COMMAND_CODES[checked], null);
      } catch (error) {
        throw this.jobFailure(error, job, checked);
      }
      return this.rereadJob(id, checked);
    });
  }

  /** Terminates a job (FaxAbort; needs FAX_JOB_MANAGE), as setJob(id, 'delete') does, and returns it as re-read or null. */
  abortJob(jobId: number): FaxJob | null {
    const id = checkJobId(jobId);
    return this.explained(() => {
      try {
        this.library.invoke('FaxAbort', this.serverHandle(), id);
      } catch (error) {
        throw this.jobFailure(error, undefined, 'delete', id);
      }
      return this.rereadJob(id, 'delete');
    });
  }

  private readJob(jobId: number): FaxJob {
    let buffer: FaxPointer | null;
    try {
      buffer = this.acquireBuffer((out) => this.library.invoke('FaxGetJobW', this.serverHandle(), jobId, out));
    } catch (error) {
      throw this.jobFailure(error, undefined, undefined, jobId);
    }
    return usingBuffer(this.library, buffer, (b) => decodeJob(this.server, decodeStruct<FaxJobEntryW>(this.required('FaxGetJobW', b), FAX_JOB_ENTRYW)));
  }

  /** The job after a command: gone from the queue is null when it was deleted, and news otherwise. */
  private rereadJob(jobId: number, command: JobCommand): FaxJob | null {
    try {
      return this.readJob(jobId);
    } catch (error) {
      if (command === 'delete' && error instanceof JobNotFoundError) return null;
      throw error;
    }
  }

  /** What a job call's failure means for that job: not found, not in a state for the command, or as explained. */
  private jobFailure(error: unknown, job: FaxJob | undefined, command: JobCommand | undefined, jobId = job?.id): unknown {
    if (!(error instanceof FaxApiError) || jobId === undefined) return error;
    if (error.win32Code === ERROR_INVALID_PARAMETER) return new JobNotFoundError(this.server, jobId, error);
    if (error.win32Code === ERROR_INVALID_OPERATION && job && command) {
      return new JobStateError(this.server, jobId, job.type, command, job.queueStatus, 'the server refused it in this state', error);
    }
    return explainFailure(error, this.server, { jobId });
  }

  /** Runs a server-level step; a fax API failure comes out naming this server (explain.ts). */
  private explained<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      throw explainFailure(error, this.server);
    }
  }

  private serverHandle(): FaxPointer {
    if (this.handle === null) throw new FaxApiError('FaxConnectFaxServerW', ERROR_INVALID_HANDLE);
    return this.handle;
  }

  private acquireBuffer(call: (out: Out<FaxPointer | null>) => void): FaxPointer | null {
    return acquire(call, (leaked) => freeBuffer(this.library, leaked));
  }

  /** A call that returned TRUE but no buffer broke its contract; report it rather than crash. */
  private required(api: string, buffer: FaxPointer | null): FaxPointer {
    if (buffer === null) throw new FaxApiError(api, ERROR_INVALID_HANDLE);
    return buffer;
  }

  private enumPortInfos(): FaxPortInfoW[] {
    const count: Out<number> = [0];
    const buffer = this.acquireBuffer((out) => this.library.invoke('FaxEnumPortsW', this.serverHandle(), out, count));
    return usingBuffer(this.library, buffer, (b) => (b === null ? [] : decodeArray<FaxPortInfoW>(b, FAX_PORT_INFOW, count[0])));
  }

  /** The device id a selector names, with the device's name where it is known without another call. */
  private resolvePort(selector: PortSelector, known?: readonly FaxPortInfoW[]): PortTarget {
    if ('deviceId' in selector) {
      const { deviceId } = selector;
      if (!Number.isInteger(deviceId) || deviceId < 0 || deviceId > 0xffff_ffff) {
        throw new ValidationError('deviceId', deviceId, 'expected a whole number from 0 to 4294967295');
      }
      return { deviceId, deviceName: known?.find((info) => info.DeviceId === deviceId)?.DeviceName ?? undefined };
    }
    if (typeof selector.name !== 'string' || selector.name === '') {
      throw new ValidationError('name', selector.name, 'expected a non-empty device name');
    }
    const wanted = selector.name.toLowerCase();
    const matches = (known ?? this.enumPortInfos()).filter((info) => (info.DeviceName ?? '').toLowerCase() === wanted);
    const [first, second] = matches;
    if (!first) throw new PortNotFoundError(this.server, describeSelector(selector));
    if (second) {
      const ids = matches.map((m) => m.DeviceId).join(', ');
      throw new ValidationError('name', selector.name, `several ports are named "${selector.name}" (device ids ${ids}); select one by device id`);
    }
    return { deviceId: first.DeviceId, deviceName: first.DeviceName ?? undefined };
  }

  /** Opens the port, runs `use` and closes it; a fax API failure comes out naming the port. */
  private withPort<T>(target: PortTarget, access: PortAccess, use: (port: FaxPointer) => T): T {
    try {
      return this.openedPort(target.deviceId, access, use);
    } catch (error) {
      throw explainFailure(error, this.server, target);
    }
  }

  private openedPort<T>(deviceId: number, access: PortAccess, use: (port: FaxPointer) => T): T {
    const port = acquire(
      (out) => {
        try {
          this.library.invoke('FaxOpenPort', this.serverHandle(), deviceId, access, out);
        } catch (error) {
          if (access === PORT_OPEN_MODIFY && error instanceof FaxApiError && error.win32Code === ERROR_INVALID_HANDLE && this.handle !== null) {
            throw new PortBeingModifiedError(this.server, deviceId, error);
          }
          throw error;
        }
      },
      (leaked) => this.library.functions.FaxClose(leaked),
    );
    if (port === null) throw new FaxApiError('FaxOpenPort', ERROR_INVALID_HANDLE);
    return usingHandle(this.library, port, use);
  }

  private readPort(port: FaxPointer): FaxPortInfoW {
    const buffer = this.acquireBuffer((out) => this.library.invoke('FaxGetPortW', port, out));
    return usingBuffer(this.library, buffer, (b) => decodeStruct<FaxPortInfoW>(this.required('FaxGetPortW', b), FAX_PORT_INFOW));
  }

  private readRoutingMethods(port: FaxPointer): FaxRoutingMethod[] {
    const count: Out<number> = [0];
    const buffer = this.acquireBuffer((out) => this.library.invoke('FaxEnumRoutingMethodsW', port, out, count));
    return usingBuffer(this.library, buffer, (b) =>
      b === null ? [] : decodeArray<FaxRoutingMethodW>(b, FAX_ROUTING_METHODW, count[0]).map((m) => decodeRoutingMethod(this.server, m)),
    );
  }

  private readConfiguration(): FaxConfigurationW {
    const buffer = this.acquireBuffer((out) => this.library.invoke('FaxGetConfigurationW', this.serverHandle(), out));
    return usingBuffer(this.library, buffer, (b) =>
      decodeStruct<FaxConfigurationW>(this.required('FaxGetConfigurationW', b), FAX_CONFIGURATIONW),
    );
  }
}

/** Connects, runs `use` (and waits for it, if it returns a promise), and closes the session whatever happened. */
export function withSession<T>(options: ConnectOptions, use: (session: FaxServerSession) => T): T {
  const session = FaxServerSession.connect(options);
  return releaseAfter(
    () => use(session),
    () => session.close(),
  );
}

const JOB_COMMAND_CODES: Readonly<Record<JobCommand, number>> = {
  pause: JC_PAUSE,
  resume: JC_RESUME,
  restart: JC_RESTART,
  delete: JC_DELETE,
};

/**
 * The service's rules for FaxSetJobW, checked on the job as read so the refusal names its state:
 * only outgoing jobs pause and resume; a job being deleted does neither; a paused, failed or
 * retries-exceeded job does not pause; a resume needs a paused, failed or retrying job (sent again
 * at once, with a fresh round of tries), or an active one whose pause is pending, which only the
 * server can see, so it decides that case).
 */
function refuseIfNotReady(job: FaxJob, command: JobCommand): void {
  if (command === 'delete') return;
  const status = new Set<string>(job.queueStatus);
  const refuse = (reason: string): never => {
    throw new JobStateError(job.server, job.id, job.type, command, job.queueStatus, reason);
  };
  if (job.type !== 'Send') refuse('only outgoing faxes can be paused or resumed; an incoming one can only be deleted');
  if (status.has('Deleting')) refuse('it is being deleted');
  if (command === 'pause') {
    if (status.has('Paused')) refuse('it is already paused');
    if (status.has('Failed') || status.has('RetriesExceeded')) refuse('it has failed; resume or restart it to send it again');
    return;
  }
  if (!status.has('Paused') && !status.has('Failed') && !status.has('RetriesExceeded') && !status.has('Retrying') && !status.has('InProgress')) {
    refuse('only a paused, failed or retrying job can be resumed');
  }
}

function applyPortChange(current: FaxPortInfoW, change: PortChange): FaxPortInfoW {
  let flags = current.Flags;
  if (change.sendEnabled !== undefined) flags = change.sendEnabled ? flags | FPF_SEND : flags & ~FPF_SEND;
  if (change.receiveEnabled !== undefined) flags = change.receiveEnabled ? flags | FPF_RECEIVE : flags & ~FPF_RECEIVE;
  return {
    SizeOfStruct: structSize(FAX_PORT_INFOW),
    DeviceId: current.DeviceId,
    State: current.State,
    Flags: flags >>> 0,
    Rings: change.rings ?? current.Rings,
    Priority: change.priority ?? current.Priority,
    DeviceName: current.DeviceName,
    Tsid: change.tsid ?? current.Tsid ?? '',
    Csid: change.csid ?? current.Csid ?? '',
  };
}

function applyConfigurationChange(current: FaxConfigurationW, change: ConfigurationChange): FaxConfigurationW {
  const flag = (value: boolean | undefined, was: number): number => (value === undefined ? was : value ? 1 : 0);
  return {
    SizeOfStruct: structSize(FAX_CONFIGURATIONW),
    Retries: change.retries ?? current.Retries,
    RetryDelay: change.retryDelay ?? current.RetryDelay,
    DirtyDays: change.dirtyDays ?? current.DirtyDays,
    Branding: flag(change.branding, current.Branding),
    UseDeviceTsid: flag(change.useDeviceTsid, current.UseDeviceTsid),
    ServerCp: flag(change.serverCp, current.ServerCp),
    PauseServerQueue: flag(change.pauseServerQueue, current.PauseServerQueue),
    StartCheapTime: change.startCheapTime === undefined ? current.StartCheapTime : parseFaxTime('startCheapTime', change.startCheapTime),
    StopCheapTime: change.stopCheapTime === undefined ? current.StopCheapTime : parseFaxTime('stopCheapTime', change.stopCheapTime),
    ArchiveOutgoingFaxes: flag(change.archiveOutgoingFaxes, current.ArchiveOutgoingFaxes),
    ArchiveDirectory: change.archiveDirectory ?? current.ArchiveDirectory,
    // The service rejects a configuration whose Reserved member is not NULL.
    Reserved: null,
  };
}
