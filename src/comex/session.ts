// The FaxComEx backend: the same port operations and errors as the winfax session, through the
// Fax Extended COM API. It is the only route to a remote fax server on Windows, since
// FaxConnectFaxServer serves the local server only. Off Windows, FaxComEx does not exist: the
// backend says so, unless FAXBRIDGE_COMEX_STANDIN=1 asks for the bridge's managed stand-in
// (tests only).
import { FaxApiError } from '../winfax/errors.js';
import { NotSupportedError, ValidationError } from '../core/errors.js';
import type { FaxPort, PortChange, PortSelector } from '../core/model.js';
import { displayServerName, isLocalServerName, bareServerName } from '../core/server-name.js';
import { validatePortChange } from '../core/validate.js';
import { type BridgeMethod, callBridge } from './edge.js';

export const STAND_IN_ENV = 'FAXBRIDGE_COMEX_STANDIN';

/** A port as FaxComEx describes it: FaxBridge's port plus what only FaxComEx knows. */
export interface ComExPort extends FaxPort {
  /** Off, Auto or Manual (FAX_DEVICE_RECEIVE_MODE_ENUM). */
  readonly receiveMode: string;
  readonly poweredOff: boolean;
  readonly provider: string;
  readonly usedRoutingMethods: readonly string[];
}

interface BridgePort {
  deviceId: number;
  name: string;
  state: string;
  sendEnabled: boolean;
  receiveEnabled: boolean;
  receiveMode: string;
  rings: number;
  tsid: string;
  csid: string;
  poweredOff: boolean;
  provider: string;
  usedRoutingMethods: string[];
}

export class ComExSession {
  readonly server: string;
  private readonly machineName: string;
  private readonly standIn: boolean;

  constructor(server?: string, env: NodeJS.ProcessEnv = process.env) {
    this.server = displayServerName(server);
    this.machineName = isLocalServerName(server) ? '' : bareServerName(server ?? '').trim();
    this.standIn = env[STAND_IN_ENV] === '1';
    if (process.platform !== 'win32' && !this.standIn) {
      throw new NotSupportedError(
        'The Fax Extended COM API (FaxComEx) exists only on Windows; off Windows use the winfax backend (--backend winfax), which drives the simulator.',
      );
    }
  }

  async listPorts(): Promise<ComExPort[]> {
    return ((await this.call('ListPorts', {})) as BridgePort[]).map((p) => this.toPort(p));
  }

  async getPort(selector: PortSelector): Promise<ComExPort> {
    return this.toPort((await this.call('GetPort', { ...selector })) as BridgePort);
  }

  /** Priority belongs to the legacy API; FaxComEx devices have none to set. */
  async setPort(selector: PortSelector, change: PortChange): Promise<ComExPort> {
    validatePortChange(change);
    if (change.priority !== undefined) {
      throw new ValidationError('priority', change.priority, 'FaxComEx devices have no priority; set it with the winfax backend');
    }
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    return this.toPort((await this.call('SetPort', { ...selector, change: defined })) as BridgePort);
  }

  private async call(method: BridgeMethod, input: Record<string, unknown>): Promise<unknown> {
    const reply = await callBridge(method, { ...input, server: this.machineName, standIn: this.standIn });
    if (reply.ok) return reply.result;
    if (reply.error.type === 'NotSupportedError') throw new NotSupportedError(reply.error.message);
    throw new FaxApiError(reply.error.api, reply.error.win32Code);
  }

  private toPort(p: BridgePort): ComExPort {
    return {
      server: this.server,
      deviceId: p.deviceId,
      name: p.name,
      state: p.state,
      // FaxComEx reports no FPS_* code; 0 says so rather than inventing one.
      stateCode: 0,
      sendEnabled: p.sendEnabled,
      receiveEnabled: p.receiveEnabled,
      virtual: false,
      rings: p.rings,
      priority: 0,
      tsid: p.tsid,
      csid: p.csid,
      receiveMode: p.receiveMode,
      poweredOff: p.poweredOff,
      provider: p.provider,
      usedRoutingMethods: p.usedRoutingMethods,
    };
  }
}
