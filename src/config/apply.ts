// Runs a plan's writes through a session, one by one, and says of each whether it was applied.
// The service has no transactions: the first failure stops the server's remaining writes, and the
// results say exactly what was applied and what was not, so running the import again completes it.
import type { ConfigurationChange, PortChange, PortSelector } from '../core/model.js';
import type { ConfigurationPlan, PlannedWrite } from './plan.js';

/** The writes a plan needs; FaxServerSession has them, and so does any backend session. */
export interface ConfigurationTarget {
  setPort(selector: PortSelector, change: PortChange): unknown;
  setRoutingMethodEnabled(selector: PortSelector, guid: string, enabled: boolean): unknown;
  setConfiguration(change: ConfigurationChange): unknown;
}

/** Applied; Declined (the caller's approve said no: -WhatIf, or No at -Confirm); Failed; NotRun (after a failure, or a priority after a priority not set). */
export type WriteStatus = 'Applied' | 'Declined' | 'Failed' | 'NotRun';

export interface WriteResult {
  readonly write: PlannedWrite;
  readonly status: WriteStatus;
  /** Why it failed, or why it was not run. */
  readonly error?: unknown;
  readonly reason?: string;
}

export interface ApplyOptions {
  /** Asked before each write (ShouldProcess); every write is approved without it. */
  readonly approve?: (write: PlannedWrite, index: number) => boolean | Promise<boolean>;
}

export async function applyPlan(plan: ConfigurationPlan, target: ConfigurationTarget, options: ApplyOptions = {}): Promise<WriteResult[]> {
  const results: WriteResult[] = [];
  let failed: string | null = null;
  let prioritySkipped: string | null = null;
  for (const [index, write] of plan.writes.entries()) {
    if (failed !== null) {
      results.push({ write, status: 'NotRun', reason: `not run: an earlier change on ${plan.server} failed (${failed})` });
      continue;
    }
    const priority = write.kind === 'port' && write.change.priority !== undefined;
    // Each priority move assumes the ones before it were made; after one is not, the rest would misplace ports.
    if (priority && prioritySkipped !== null) {
      results.push({ write, status: 'NotRun', reason: `not run: it relies on the earlier priority change that was not made (${prioritySkipped})` });
      continue;
    }
    if (options.approve && !(await options.approve(write, index))) {
      results.push({ write, status: 'Declined' });
      if (priority) prioritySkipped = write.description;
      continue;
    }
    try {
      await perform(write, target);
      results.push({ write, status: 'Applied' });
    } catch (error) {
      results.push({ write, status: 'Failed', error });
      failed = write.description;
    }
  }
  return results;
}

async function perform(write: PlannedWrite, target: ConfigurationTarget): Promise<void> {
  switch (write.kind) {
    case 'configuration':
      await target.setConfiguration(write.change);
      return;
    case 'port':
      await target.setPort(write.selector, write.change);
      return;
    case 'routing':
      await target.setRoutingMethodEnabled(write.selector, write.guid, write.enabled);
      return;
  }
}
