// The two ways to reach a fax server, behind one contract (FaxBackendSession): the legacy Fax
// Client API (winfax.dll, or the simulator off Windows) and the Fax Extended COM API (FaxComEx).
// The CLI and library callers come in here; the sidecar holds its sessions itself (src/sidecar).
import type { BackendName } from '../core/model.js';
import { releaseAfter } from '../core/resources.js';
import { FaxServerSession } from '../core/session.js';
import { resolveBackend } from './choice.js';
import { type OperationName, type OperationParams, type OperationResult, perform } from './operations.js';
import type { Awaitable, FaxBackendSession } from './session.js';

export { BACKENDS, defaultBackend, resolveBackend } from './choice.js';
export type { BackendName } from './choice.js';
export type { FaxBackendSession } from './session.js';

export interface BackendOptions {
  readonly backend?: BackendName | undefined;
  readonly server?: string | undefined;
  readonly libraryPath?: string | undefined;
}

/** Opens a session on the backend chosen for the server, runs `use`, and lets go of the server after it settles. */
export async function withBackend<T>(options: BackendOptions, use: (session: FaxBackendSession) => Awaitable<T>): Promise<T> {
  const backend = resolveBackend(options.server, options.backend);
  // FaxComEx's code is loaded only when it is asked for (it is not, by most CLI commands).
  if (backend === 'comex') {
    const { ComExSession } = await import('../comex/session.js');
    return use(new ComExSession(options.server));
  }
  // One winfax connection serves the whole of `use`.
  const session = FaxServerSession.connect({ server: options.server, libraryPath: options.libraryPath });
  return releaseAfter(
    async () => use(session),
    () => session.close(),
  );
}

/** One operation from the table, on the backend chosen for the server: what the CLI runs. */
export function runOperation<M extends OperationName>(options: BackendOptions, method: M, params: OperationParams<M>): Promise<OperationResult<M>> {
  return withBackend(options, (session) => perform(session, method, params));
}
