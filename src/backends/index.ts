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
import { isLocalServerName } from '../core/server-name.js';
import { FaxServerSession } from '../core/session.js';

export type { BackendName } from '../core/model.js';
export const BACKENDS = ['winfax', 'comex'] as const satisfies readonly BackendName[];

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

/** winfax, except for a remote server on Windows, which only FaxComEx can reach. */
export function defaultBackend(server: string | undefined, platform: NodeJS.Platform = process.platform): BackendName {
  return platform === 'win32' && !isLocalServerName(server) ? 'comex' : 'winfax';
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
