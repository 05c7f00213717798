// Which backend serves a server: kept apart from the backends themselves, so that choosing one
// (the sidecar's schemas and pool do, on every start) loads neither koffi nor edge-js.
import type { BackendName } from '../core/model.js';
import { isLocalServerName } from '../core/server-name.js';
import { LIBRARY_ENV } from '../winfax/library-path.js';

export type { BackendName } from '../core/model.js';
export const BACKENDS = ['winfax', 'comex'] as const satisfies readonly BackendName[];

/**
 * winfax, except for a remote server on Windows: Windows' own winfax.dll serves only the local
 * fax server, so only FaxComEx can reach it. A library named by FAXBRIDGE_LIBRARY is a
 * winfax-compatible one chosen on purpose (the simulator models named servers), and keeps winfax.
 */
export function defaultBackend(
  server: string | undefined,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): BackendName {
  if (platform !== 'win32' || isLocalServerName(server)) return 'winfax';
  return env[LIBRARY_ENV] ? 'winfax' : 'comex';
}
