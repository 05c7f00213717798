// One document, several servers: each server read, compared, planned and (for an import) applied
// in its own session, at most `limit` servers at a time. A server that fails is that server's
// report; it never stops the others. The CLI opens sessions in-process, the sidecar through its
// server connections; both report in these shapes.
import type { ConfigurationTarget, WriteStatus } from './apply.js';
import type { ConfigurationDifference, ConfigurationProblem, MissingPort } from './compare.js';
import type { ConfigurationDocument } from './document.js';
import { exportConfiguration } from './export.js';
import { ConfigurationPlanError, planChanges, type PlannedWrite, type PropertyChange } from './plan.js';
import { diffServer, importServer } from './server-run.js';
import { readSnapshot, type ServerSnapshot, type SnapshotSource } from './snapshot.js';

export type ConfigurationSession = SnapshotSource & ConfigurationTarget;

/** Opens a session on `server`, runs `use` and lets go of the server after it settles. */
export type SessionOpener = <T>(server: string, use: (session: ConfigurationSession) => Promise<T>) => Promise<T>;

/** At most this many servers at once unless told otherwise (Import-FaxConfiguration -ThrottleLimit's default). */
export const DEFAULT_THROTTLE_LIMIT = 8;

/** One planned write as callers show it and approve it. */
export interface WriteSummary {
  /** Its place in the server's plan. */
  readonly index: number;
  /** What approves it for an import: the same write planned again has the same id. */
  readonly id: string;
  readonly kind: PlannedWrite['kind'];
  readonly port: string | null;
  readonly changes: readonly PropertyChange[];
  readonly action: string;
  readonly target: string;
  readonly description: string;
}

export interface WriteOutcome extends WriteSummary {
  readonly status: WriteStatus;
  readonly reason: string | null;
  readonly error: unknown;
}

export interface ServerReport {
  readonly server: string;
  /** Nothing differs, nothing is missing, nothing is refused (false when the server could not be read). */
  readonly inLine: boolean;
  readonly differences: readonly ConfigurationDifference[];
  readonly missingPorts: readonly MissingPort[];
  readonly problems: readonly ConfigurationProblem[];
  /** The writes that would bring it in line; none while problems remain. */
  readonly writes: readonly WriteSummary[];
  /** An import's outcome, write by write. */
  readonly results: readonly WriteOutcome[];
  /** Why the server could not be read or planned (unreachable, access denied …); null otherwise. */
  readonly error: unknown;
}

/** The id that approves a write: its sentence, which names the server, the port and every value, and is unique within a plan. */
export function writeId(write: PlannedWrite): string {
  return write.description;
}

export function summarize(write: PlannedWrite, index: number): WriteSummary {
  return {
    index,
    id: writeId(write),
    kind: write.kind,
    port: write.kind === 'configuration' ? null : write.port,
    changes: write.changes,
    action: write.action,
    target: write.target,
    description: write.description,
  };
}

/** Runs `work` for every item, at most `limit` at once, and gives the outcomes in the items' order. */
export async function boundedAll<I, T>(items: readonly I[], limit: number, work: (item: I) => Promise<T>): Promise<PromiseSettledResult<T>[]> {
  const outcomes: PromiseSettledResult<T>[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as I;
      try {
        outcomes[index] = { status: 'fulfilled', value: await work(item) };
      } catch (reason) {
        outcomes[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return outcomes;
}

function failedReport(server: string, error: unknown): ServerReport {
  return { server, inLine: false, differences: [], missingPorts: [], problems: [], writes: [], results: [], error };
}

async function eachServer(servers: readonly string[], limit: number, run: (server: string) => Promise<ServerReport>): Promise<ServerReport[]> {
  const outcomes = await boundedAll(servers, limit, run);
  return outcomes.map((outcome, index) => (outcome.status === 'fulfilled' ? outcome.value : failedReport(servers[index] ?? '', outcome.reason)));
}

/** What each server differs in, and the writes that would remove the differences. Nothing is written. */
export function compareFleet(document: ConfigurationDocument, servers: readonly string[], open: SessionOpener, limit = DEFAULT_THROTTLE_LIMIT): Promise<ServerReport[]> {
  return eachServer(servers, limit, (server) =>
    open(server, async (session) => {
      const { snapshot, comparison } = await diffServer(document, session);
      if (!comparison) return { ...failedReport(snapshot.server, null), inLine: true };
      let writes: WriteSummary[] = [];
      if (comparison.problems.length === 0) writes = planChanges(comparison, snapshot).writes.map(summarize);
      const inLine = comparison.differences.length + comparison.missingPorts.length + comparison.problems.length === 0;
      return { server: snapshot.server, inLine, differences: comparison.differences, missingPorts: comparison.missingPorts, problems: comparison.problems, writes, results: [], error: null };
    }),
  );
}

/**
 * Reads each server again, plans again and applies the writes `approve` allows (all without it).
 * A write approved from an earlier compare is recognised by its id; one that the server's state
 * no longer calls for is simply not planned, so a second import, or a racing one, writes nothing twice.
 */
export function importFleet(
  document: ConfigurationDocument,
  servers: readonly string[],
  open: SessionOpener,
  options: { readonly limit?: number; readonly approve?: (server: string, write: WriteSummary) => boolean } = {},
): Promise<ServerReport[]> {
  const { approve } = options;
  return eachServer(servers, options.limit ?? DEFAULT_THROTTLE_LIMIT, (server) =>
    open(server, async (session) => {
      try {
        const done = await importServer(document, session, approve ? { approve: (write, index) => approve(session.server, summarize(write, index)) } : {});
        const comparison = done.comparison;
        const results = done.results.map((result, index): WriteOutcome => ({ ...summarize(result.write, index), status: result.status, reason: result.reason ?? null, error: result.error ?? null }));
        return {
          server: done.snapshot.server,
          inLine: comparison === null || comparison.differences.length + comparison.missingPorts.length === 0,
          differences: comparison?.differences ?? [],
          missingPorts: comparison?.missingPorts ?? [],
          problems: [],
          writes: done.plan.writes.map(summarize),
          results,
          error: null,
        };
      } catch (error) {
        if (!(error instanceof ConfigurationPlanError)) throw error;
        return { ...failedReport(error.server, null), problems: error.problems };
      }
    }),
  );
}

/** Reads every server; a server that cannot be read is left out and reported. */
export async function exportFleet(servers: readonly string[], open: SessionOpener, options: { readonly limit?: number; readonly schema?: string } = {}): Promise<{ document: ConfigurationDocument; failures: { server: string; error: unknown }[] }> {
  const outcomes = await boundedAll(servers, options.limit ?? DEFAULT_THROTTLE_LIMIT, (server) => open(server, (session) => readSnapshot(session)));
  const snapshots: ServerSnapshot[] = [];
  const failures: { server: string; error: unknown }[] = [];
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') snapshots.push(outcome.value);
    else failures.push({ server: servers[index] ?? '', error: outcome.reason });
  });
  return { document: exportConfiguration(snapshots, options.schema !== undefined ? { schema: options.schema } : {}), failures };
}
