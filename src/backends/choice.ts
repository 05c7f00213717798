// Which backend serves a server, and why a backend cannot: the one place these rules live
// (powershell/en-US/about_FaxBridge.help.txt says them to users). Kept apart from the backends
// themselves, so that choosing one (the sidecar's pool does, on every request) loads neither
// koffi nor edge-js.
import type { BackendName } from '../core/model.js';
import { NotSupportedError } from '../core/errors.js';
import { displayServerName, isLocalServerName } from '../core/server-name.js';
import { LIBRARY_ENV } from '../winfax/library-path.js';

export type { BackendName } from '../core/model.js';
export const BACKENDS = ['winfax', 'comex'] as const satisfies readonly BackendName[];

/** Set to 1 by the tests to run the FaxComEx backend off Windows against the bridge's managed stand-in. */
export const STAND_IN_ENV = 'FAXBRIDGE_COMEX_STANDIN';

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

/**
 * The backend that serves `server`: the one requested, or the default above. Throws the refusal
 * when FaxComEx is asked for where it does not exist. (That Windows' own winfax.dll reaches only
 * the local server is known once the library is loaded: FaxServerSession.connect throws
 * backendRefusal('winfax', …) then.)
 */
export function resolveBackend(
  server: string | undefined,
  requested: BackendName | undefined,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): BackendName {
  const backend = requested ?? defaultBackend(server, platform, env);
  if (backend === 'comex' && platform !== 'win32' && env[STAND_IN_ENV] !== '1') throw backendRefusal('comex', server);
  return backend;
}

/** Why `backend` cannot serve `server` here, as the error a user sees. */
export function backendRefusal(backend: BackendName, server: string | undefined): NotSupportedError {
  if (backend === 'comex') {
    return new NotSupportedError(
      'The Fax Extended COM API (FaxComEx) exists only on Windows; off Windows use the winfax backend (--backend winfax, or -Backend WinFax in PowerShell), which drives the simulator.',
    );
  }
  return new NotSupportedError(
    `FaxConnectFaxServer serves only the local fax server, so the winfax backend cannot reach "${displayServerName(server)}". ` +
      'Use the FaxComEx backend (--backend comex, or -Backend ComEx in PowerShell) for a remote server.',
  );
}
