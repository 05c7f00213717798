// The FaxComEx backend: the same operations and errors as the winfax session, through the Fax
// Extended COM API. It is the only route to a remote fax server on Windows, since
// FaxConnectFaxServer serves the local server only. Off Windows, FaxComEx does not exist: the
// backend says so, unless FAXBRIDGE_COMEX_STANDIN=1 asks for the bridge's managed stand-in
// (tests only). Each call connects FaxServer, does its work and disconnects: a FaxServer object
// is not shared between the CLR threads the calls run on.
import { FaxApiError, FaxNotInstalledError } from '../winfax/errors.js';
import { JobNotFoundError, JobStateError, NotSupportedError, PortNotFoundError, ValidationError } from '../core/errors.js';
import { ERROR_INVALID_OPERATION } from '../winfax/win32-errors.js';
import {
  type ConfigurationChange,
  describeSelector,
  type FaxDeviceStatus,
  type JobCommand,
  type FaxRoutingMethod,
  type FaxServerConfiguration,
  type PortChange,
  type PortSelector,
} from '../core/model.js';
import { displayServerName, isLocalServerName, bareServerName } from '../core/server-name.js';
import { checkJobCommand, checkJobId, validateConfigurationChange, validatePortChange } from '../core/validate.js';
import { checkRoutingSwitch } from '../core/routing-guid.js';
import { type BridgeCalls, type BridgeMethod, callBridge } from './edge.js';
import type { FaxBackendSession } from '../backends/session.js';
import { STAND_IN_ENV, resolveBackend } from '../backends/choice.js';
import {
  type ComExPort,
  decodeComExConfiguration,
  decodeComExPort,
  decodeComExRoutingMethod,
  decodeComExStatus,
  encodeComExConfigurationChange,
} from './decode.js';

import { COMMAND_OPERATION, type ComExFaxJob, decodeComExJob } from './decode-job.js';

export type { ComExPort } from './decode.js';
export type { ComExFaxJob } from './decode-job.js';

export { STAND_IN_ENV };

/** FaxComEx counts, delays and ages are signed 32-bit (`long` in its IDL). */
const MAX_COM_LONG = 0x7fff_ffff;

export class ComExSession implements FaxBackendSession {
  readonly server: string;
  private readonly machineName: string;
  private readonly standIn: boolean;

  constructor(server?: string, env: NodeJS.ProcessEnv = process.env) {
    this.server = displayServerName(server);
    this.machineName = isLocalServerName(server) ? '' : bareServerName(server ?? '').trim();
    resolveBackend(server, 'comex', process.platform, env);
    this.standIn = env[STAND_IN_ENV] === '1';
  }

  /** Connects and disconnects: the server answers and lets this user in. */
  async connect(): Promise<void> {
    await this.call('Connect', {});
  }

  async listPorts(): Promise<ComExPort[]> {
    return (await this.call('ListPorts', {})).map((device) => decodeComExPort(this.server, device));
  }

  async getPort(selector: PortSelector): Promise<ComExPort> {
    return decodeComExPort(this.server, await this.call('GetPort', {}, selector));
  }

  /** Priority belongs to the legacy API; FaxComEx devices have none to set. */
  async setPort(selector: PortSelector, change: PortChange): Promise<ComExPort> {
    validatePortChange(change);
    if (change.priority !== undefined) {
      throw new ValidationError('priority', change.priority, 'FaxComEx devices have no priority; set it with the winfax backend');
    }
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    return decodeComExPort(this.server, await this.call('SetPort', { change: defined }, selector));
  }

  async getDeviceStatus(selector: PortSelector): Promise<FaxDeviceStatus> {
    return decodeComExStatus(this.server, await this.call('GetPort', {}, selector));
  }

  async listRoutingMethods(selector: PortSelector): Promise<FaxRoutingMethod[]> {
    const methods = await this.call('ListRoutingMethods', {}, selector);
    return methods.map((method) => decodeComExRoutingMethod(this.server, method));
  }

  async setRoutingMethodEnabled(selector: PortSelector, guid: string, enabled: boolean): Promise<FaxRoutingMethod> {
    const routingGuid = checkRoutingSwitch(guid, enabled);
    const methods = await this.call('SetRoutingMethodEnabled', { guid: routingGuid, enabled }, selector);
    const method = methods.find((m) => m.guid.toLowerCase() === routingGuid);
    if (!method) throw new PortNotFoundError(this.server, `routing method ${routingGuid} on ${describeSelector(selector)}`);
    return decodeComExRoutingMethod(this.server, method);
  }

  async getConfiguration(): Promise<FaxServerConfiguration> {
    return decodeComExConfiguration(this.server, await this.call('GetConfiguration', {}));
  }

  async setConfiguration(change: ConfigurationChange): Promise<FaxServerConfiguration> {
    validateConfigurationChange(change);
    for (const field of ['retries', 'retryDelay', 'dirtyDays'] as const) {
      const value = change[field];
      if (value !== undefined && value > MAX_COM_LONG) {
        throw new ValidationError(field, value, `${value} is out of range; FaxComEx takes 0 to ${MAX_COM_LONG}`);
      }
    }
    const settings = encodeComExConfigurationChange(change);
    return decodeComExConfiguration(this.server, await this.call('SetConfiguration', { change: settings }));
  }

  /** Both queues' jobs (Folders.OutgoingQueue.GetJobs, then Folders.IncomingQueue.GetJobs). */
  async listJobs(): Promise<ComExFaxJob[]> {
    return (await this.call('ListJobs', {})).map((job) => decodeComExJob(this.server, job));
  }

  /** One job by FaxBridge's 32-bit id: the low 32 bits of its FaxComEx id (FaxJobs.cs). */
  async getJob(jobId: number): Promise<ComExFaxJob> {
    const id = checkJobId(jobId);
    return decodeComExJob(this.server, await this.call('GetJob', { jobId: id }, undefined, id));
  }

  /**
   * Pause, Resume, Restart or Cancel, refused with a JobStateError naming the job's state when
   * its AvailableOperations does not allow the command. Unlike winfax, Restart is its own call:
   * it sends a failed job again with a fresh round of tries, where Resume only lifts a pause.
   */
  async setJob(jobId: number, command: JobCommand): Promise<ComExFaxJob | null> {
    const id = checkJobId(jobId);
    const checked = checkJobCommand(command);
    const job = await this.getJob(id);
    const needed = COMMAND_OPERATION[checked];
    if (!job.availableOperations.includes(needed)) {
      throw new JobStateError(this.server, id, job.type, checked, job.queueStatus, `FaxComEx allows only ${job.availableOperations.join(', ')} in this state`);
    }
    try {
      const after = await this.call('SetJob', { jobId: id, command: checked }, undefined, id);
      return after === null ? null : decodeComExJob(this.server, after);
    } catch (error) {
      // The state changed between the read and the call: the server's refusal, named as above.
      if (error instanceof FaxApiError && error.win32Code === ERROR_INVALID_OPERATION) {
        throw new JobStateError(this.server, id, job.type, checked, job.queueStatus, 'the server refused it in this state', error);
      }
      throw error;
    }
  }

  private async call<M extends BridgeMethod>(method: M, input: Record<string, unknown>, selector?: PortSelector, jobId?: number): Promise<BridgeCalls[M]> {
    const reply = await callBridge(method, { ...input, ...selector, server: this.machineName, standIn: this.standIn });
    if (reply.ok) return reply.result;
    switch (reply.error.type) {
      case 'NotSupportedError':
        throw new NotSupportedError(reply.error.message);
      case 'FaxNotInstalledError':
        throw new FaxNotInstalledError(reply.error.message, ['FaxComEx.FaxServer']);
      case 'JobNotFoundError':
        throw new JobNotFoundError(this.server, jobId ?? 0, new FaxApiError(reply.error.api, reply.error.win32Code));
      case 'ValidationError':
        throw new ValidationError('id', jobId, reply.error.message);
      case 'PortNotFoundError':
        throw new PortNotFoundError(this.server, selector ? describeSelector(selector) : 'that selector');
      default:
        throw new FaxApiError(reply.error.api, reply.error.win32Code);
    }
  }
}
