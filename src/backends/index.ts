// The two ways to reach a fax server, behind one set of port operations: the legacy Fax Client
// API (winfax.dll, or the simulator off Windows) and the Fax Extended COM API (FaxComEx).
import { ComExSession } from '../comex/session.js';
import { NotSupportedError } from '../core/errors.js';
import type { FaxDeviceStatus, FaxPort, PortChange, PortSelector } from '../core/model.js';
import { isLocalServerName } from '../core/server-name.js';
import { FaxServerSession } from '../core/session.js';

export const BACKENDS = ['winfax', 'comex'] as const;
export type BackendName = (typeof BACKENDS)[number];

export interface PortOperations {
  listPorts(): Promise<FaxPort[]>;
  getPort(selector: PortSelector): Promise<FaxPort>;
  setPort(selector: PortSelector, change: PortChange): Promise<FaxPort>;
  getDeviceStatus(selector: PortSelector): Promise<FaxDeviceStatus>;
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

export async function withBackend<T>(options: BackendOptions, use: (ports: PortOperations) => Promise<T>): Promise<T> {
  const backend = options.backend ?? defaultBackend(options.server);
  if (backend === 'comex') {
    const session = new ComExSession(options.server);
    return use({
      listPorts: () => session.listPorts(),
      getPort: (selector) => session.getPort(selector),
      setPort: (selector, change) => session.setPort(selector, change),
      getDeviceStatus: async () => {
        throw new NotSupportedError('Device status comes from the legacy fax API; use --backend winfax.');
      },
    });
  }
  // One winfax connection serves the whole of `use`, and is closed after it settles.
  const session = FaxServerSession.connect({ server: options.server, libraryPath: options.libraryPath });
  let succeeded = false;
  try {
    const result = await use({
      listPorts: async () => session.listPorts(),
      getPort: async (selector) => session.getPort(selector),
      setPort: async (selector, change) => session.setPort(selector, change),
      getDeviceStatus: async (selector) => session.getDeviceStatus(selector),
    });
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
