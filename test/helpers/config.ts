// Reading and writing simulated servers through the core's real sessions, for the configuration tests.
import { FaxServerSession } from '../../src/core/session.js';
import type { ApplyOptions, WriteResult } from '../../src/config/apply.js';
import { compareConfiguration, type ConfigurationComparison } from '../../src/config/compare.js';
import type { ConfigurationDocument } from '../../src/config/document.js';
import type { ConfigurationPlan } from '../../src/config/plan.js';
import { importServer } from '../../src/config/server-run.js';
import { readSnapshot, type ServerSnapshot } from '../../src/config/snapshot.js';
import type { WinFaxLibrary } from '../../src/winfax/library.js';

// The configuration tests' one way to the simulator's state-file writer (issue 11 moves it to src/simulator-state/).
export { MICROSOFT_ROUTING_METHODS, type SimServer, writeStateFile } from '../../src/simulator-state/state-file.js';

/** Opens a session, runs `use` (which may await) and closes the session however it ended. */
export async function usingSession<T>(library: WinFaxLibrary, server: string, use: (session: FaxServerSession) => Promise<T> | T): Promise<T> {
  const session = FaxServerSession.connect({ library, server });
  try {
    return await use(session);
  } finally {
    session.close();
  }
}

export async function snapshotsOf(library: WinFaxLibrary, servers: readonly string[]): Promise<ServerSnapshot[]> {
  const snapshots: ServerSnapshot[] = [];
  for (const server of servers) snapshots.push(await usingSession(library, server, (s) => readSnapshot(s)));
  return snapshots;
}

export interface Applied {
  readonly comparison: ConfigurationComparison;
  readonly plans: ConfigurationPlan[];
  readonly results: WriteResult[];
}

/** What Import-FaxConfiguration will do: each server in its own session, through importServer. */
export async function importConfiguration(library: WinFaxLibrary, document: ConfigurationDocument, servers: readonly string[], options: ApplyOptions = {}): Promise<Applied> {
  const comparison = compareConfiguration(document, await snapshotsOf(library, servers));
  const plans: ConfigurationPlan[] = [];
  const results: WriteResult[] = [];
  for (const server of servers) {
    const done = await usingSession(library, server, (session) => importServer(document, session, options));
    plans.push(done.plan);
    results.push(...done.results);
  }
  return { comparison, plans, results };
}
