// The FaxComEx backend: the same operations and errors as the winfax session, through the Fax
// Extended COM API. It is the only route to a remote fax server on Windows, since
// FaxConnectFaxServer serves the local server only. Off Windows, FaxComEx does not exist: the
// backend says so, unless FAXBRIDGE_COMEX_STANDIN=1 asks for the bridge's managed stand-in
// (tests only). Each call connects FaxServer, does its work and disconnects: a FaxServer object
// is not shared between the CLR threads the calls run on.
import { FaxApiError, FaxNotInstalledError } from '../winfax/errors.js';
import { NotSupportedError, PortNotFoundError, ValidationError } from '../core/errors.js';
import {
  type ConfigurationChange,
  describeSelector,
  type FaxDeviceStatus,
  type FaxJob,
  type FaxRoutingMethod,
  type FaxServerConfiguration,
  type PortChange,
  type PortSelector,
} from '../core/model.js';
import { displayServerName, isLocalServerName, bareServerName } from '../core/server-name.js';
import { validateConfigurationChange, validatePortChange } from '../core/validate.js';
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

export type { ComExPort } from './decode.js';

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

  // The queue through FaxComEx (Folders.OutgoingQueue / IncomingQueue) is not built yet: a typed
  // refusal that names the backend to use, rather than a result that pretends.
  listJobs(): Promise<FaxJob[]> {
    return Promise.reject(this.queueNotBuilt());
  }

  getJob(): Promise<FaxJob> {
    return Promise.reject(this.queueNotBuilt());
  }

  setJob(): Promise<FaxJob | null> {
    return Promise.reject(this.queueNotBuilt());
  }

  private queueNotBuilt(): NotSupportedError {
    return new NotSupportedError(`The fax queue of ${this.server} cannot be read or changed through FaxComEx yet; use the winfax backend (-Backend WinFax) for the local server`);
  }

  private async call<M extends BridgeMethod>(method: M, input: Record<string, unknown>, selector?: PortSelector): Promise<BridgeCalls[M]> {
    const reply = await callBridge(method, { ...input, ...selector, server: this.machineName, standIn: this.standIn });
    if (reply.ok) return reply.result;
    switch (reply.error.type) {
      case 'NotSupportedError':
        throw new NotSupportedError(reply.error.message);
      case 'FaxNotInstalledError':
        throw new FaxNotInstalledError(reply.error.message, ['FaxComEx.FaxServer']);
      case 'PortNotFoundError':
        throw new PortNotFoundError(this.server, selector ? describeSelector(selector) : 'that selector');
      default:
        throw new FaxApiError(reply.error.api, reply.error.win32Code);
    }
  }
}
