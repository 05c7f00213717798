// One server's whole turn, for the callers (CLI, sidecar): read it, compare it, plan and apply.
// The caller opens the session and closes it after the promise settles; a document is parsed once
// for every server.
import { applyPlan, type ApplyOptions, type ConfigurationTarget, type WriteResult } from './apply.js';
import { compareConfiguration, type ServerComparison } from './compare.js';
import type { ConfigurationDocument } from './document.js';
import { planChanges, type ConfigurationPlan } from './plan.js';
import { readSnapshot, type ServerSnapshot, type SnapshotSource } from './snapshot.js';

export interface ServerDiff {
  readonly snapshot: ServerSnapshot;
  /** null when a named document does not describe this server. */
  readonly comparison: ServerComparison | null;
}

export async function diffServer(document: ConfigurationDocument, source: SnapshotSource): Promise<ServerDiff> {
  const snapshot = await readSnapshot(source);
  const [comparison] = compareConfiguration(document, [snapshot]).servers;
  return { snapshot, comparison: comparison ?? null };
}

export interface ServerImport extends ServerDiff {
  readonly plan: ConfigurationPlan;
  readonly results: readonly WriteResult[];
}

/**
 * Reads the server, plans the writes that bring it in line and applies those `approve` allows.
 * Throws ConfigurationPlanError, having written nothing, when the document asks for values the
 * server refuses; a server the document does not describe gets an empty plan.
 */
export async function importServer(document: ConfigurationDocument, session: SnapshotSource & ConfigurationTarget, options: ApplyOptions = {}): Promise<ServerImport> {
  const { snapshot, comparison } = await diffServer(document, session);
  const plan = comparison ? planChanges(comparison, snapshot) : { server: snapshot.server, writes: [] };
  const results = await applyPlan(plan, session, options);
  return { snapshot, comparison, plan, results };
}
