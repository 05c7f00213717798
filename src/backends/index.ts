// The two ways to reach a fax server, behind one set of operations: the legacy Fax Client API
// (winfax.dll, or the simulator off Windows) and the Fax Extended COM API (FaxComEx).
import { ComExSession } from '../comex/session.js';
import type {
  BackendName,
  ConfigurationChange,
  FaxDeviceStatus,
  FaxPort,
  FaxRoutingMethod,
  FaxServerConfiguration,
  PortChange,
  PortSelector,
} from '../core/model.js';
import { FaxServerSession } from '../core/session.js';
import { defaultBackend } from './choice.js';

export { BACKENDS, defaultBackend } from './choice.js';
export type { BackendName } from './choice.js';

/** Everything either backend can do on one server. */
export interface BackendSession {
  listPorts(): Promise<FaxPort[]>;
  getPort(selector: PortSelector): Promise<FaxPort>;
  setPort(selector: PortSelector, change: PortChange): Promise<FaxPort>;
  getDeviceStatus(selector: PortSelector): Promise<FaxDeviceStatus>;
  listRoutingMethods(selector: PortSelector): Promise<FaxRoutingMethod[]>;
  setRoutingMethodEnabled(selector: PortSelector, guid: string, enabled: boolean): Promise<FaxRoutingMethod>;
  getConfiguration(): Promise<FaxServerConfiguration>;
  setConfiguration(change: ConfigurationChange): Promise<FaxServerConfiguration>;
}

export interface BackendOptions {
  readonly backend?: BackendName | undefined;
  readonly server?: string | undefined;
  readonly libraryPath?: string | undefined;
}

/** The winfax session's synchronous calls, as promises: both backends then look alike. */
function asBackendSession(session: FaxServerSession): BackendSession {
  return {
    listPorts: async () => session.listPorts(),
    getPort: async (selector) => session.getPort(selector),
    setPort: async (selector, change) => session.setPort(selector, change),
    getDeviceStatus: async (selector) => session.getDeviceStatus(selector),
    listRoutingMethods: async (selector) => session.listRoutingMethods(selector),
    setRoutingMethodEnabled: async (selector, guid, enabled) => session.setRoutingMethodEnabled(selector, guid, enabled),
    getConfiguration: async () => session.getConfiguration(),
    setConfiguration: async (change) => session.setConfiguration(change),
  };
}

export async function withBackend<T>(options: BackendOptions, use: (session: BackendSession) => Promise<T>): Promise<T> {
  const backend = options.backend ?? defaultBackend(options.server);
  if (backend === 'comex') return use(new ComExSession(options.server));
  // One winfax connection serves the whole of `use`, and is closed after it settles.
  const session = FaxServerSession.connect({ server: options.server, libraryPath: options.libraryPath });
  let succeeded = false;
  try {
    const result = await use(asBackendSession(session));
    succeeded = true;
    return result;
  } finally {
    try {
      session.close();
    } catch (closeError) {
      if (succeeded) throw closeError;
    }
  }
}
