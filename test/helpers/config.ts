// Reading and writing simulated servers through the core's real sessions, for the configuration tests.
import { FaxServerSession } from '../../src/core/session.js';
import { applyPlan, type ApplyOptions, type WriteResult } from '../../src/config/apply.js';
import { compareConfiguration, type ConfigurationComparison } from '../../src/config/compare.js';
import type { ConfigurationDocument } from '../../src/config/document.js';
import { planChanges, type ConfigurationPlan } from '../../src/config/plan.js';
import { readSnapshot, type ServerSnapshot } from '../../src/config/snapshot.js';
import type { WinFaxLibrary } from '../../src/winfax/library.js';

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

/** What Import-FaxConfiguration will do: read, compare, plan and apply each server, in its own session. */
export async function importConfiguration(library: WinFaxLibrary, document: ConfigurationDocument, servers: readonly string[], options: ApplyOptions = {}): Promise<Applied> {
  const snapshots = await snapshotsOf(library, servers);
  const comparison = compareConfiguration(document, snapshots);
  const plans: ConfigurationPlan[] = [];
  const results: WriteResult[] = [];
  for (const serverComparison of comparison.servers) {
    const snapshot = snapshots.find((s) => s.server === serverComparison.server);
    if (!snapshot) throw new Error(`no snapshot of ${serverComparison.server}`);
    const plan = planChanges(serverComparison, snapshot);
    plans.push(plan);
    results.push(...(await usingSession(library, snapshot.server, (s) => applyPlan(plan, s, options))));
  }
  return { comparison, plans, results };
}
