// Which backend serves a server: kept apart from the backends themselves, so that choosing one
// (the sidecar's schemas and pool do, on every start) loads neither koffi nor edge-js.
import type { BackendName } from '../core/model.js';
import { isLocalServerName } from '../core/server-name.js';

export type { BackendName } from '../core/model.js';
export const BACKENDS = ['winfax', 'comex'] as const satisfies readonly BackendName[];

/** winfax, except for a remote server on Windows, which only FaxComEx can reach. */
export function defaultBackend(server: string | undefined, platform: NodeJS.Platform = process.platform): BackendName {
  return platform === 'win32' && !isLocalServerName(server) ? 'comex' : 'winfax';
}
