// From differences to the writes that remove them, each one call to the service and described for
// a ShouldProcess line. Run on a server in line, it plans nothing.
import type { ConfigurationChange, PortChange } from '../core/model.js';
import type { ConfigurationProblem, ServerComparison, SettingValue } from './compare.js';
import { finalOrder, priorityMoves } from './priority-order.js';
import type { ServerSnapshot } from './snapshot.js';

export interface PropertyChange {
  readonly property: string;
  readonly from: SettingValue;
  readonly to: SettingValue;
}

interface WriteBase {
  readonly server: string;
  readonly changes: readonly PropertyChange[];
  /** ShouldProcess's action and target, and the two as one sentence. */
  readonly action: string;
  readonly target: string;
  readonly description: string;
}

export interface ConfigurationWrite extends WriteBase {
  readonly kind: 'configuration';
  readonly change: ConfigurationChange;
}

export interface PortWrite extends WriteBase {
  readonly kind: 'port';
  readonly port: string;
  /** For information; the write selects the port by name, as the document does. */
  readonly deviceId: number;
  readonly selector: { readonly name: string };
  readonly change: PortChange;
}

export interface RoutingWrite extends WriteBase {
  readonly kind: 'routing';
  readonly port: string;
  readonly deviceId: number;
  readonly selector: { readonly name: string };
  readonly guid: string;
  readonly enabled: boolean;
}

export type PlannedWrite = ConfigurationWrite | PortWrite | RoutingWrite;

export interface ConfigurationPlan {
  readonly server: string;
  readonly writes: readonly PlannedWrite[];
}

/** The server has values it refuses (see the comparison's problems): nothing may be written to it. */
export class ConfigurationPlanError extends Error {
  override readonly name = 'ConfigurationPlanError';
  readonly server: string;
  readonly problems: readonly ConfigurationProblem[];

  constructor(server: string, problems: readonly ConfigurationProblem[]) {
    super(`Nothing will be written to ${server}: the document asks for values it refuses:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.server = server;
    this.problems = problems;
  }
}

/**
 * The writes for one server, in this order: its configuration (one FaxSetConfiguration), each
 * port's settings but priority (one FaxSetPort per port), the priorities (one FaxSetPort per move,
 * in the order that survives renumbering), then each routing method switched.
 */
export function planChanges(comparison: ServerComparison, snapshot: ServerSnapshot): ConfigurationPlan {
  const server = snapshot.server;
  if (comparison.problems.length > 0) throw new ConfigurationPlanError(server, comparison.problems);
  const writes: PlannedWrite[] = [];
  const on = (port: string): string => `'${port}' of ${server}`;

  const serverChanges = comparison.differences.filter((d) => d.scope === 'Server').map((d) => ({ property: d.property, from: d.actual, to: d.expected }));
  if (serverChanges.length > 0) {
    const change = Object.fromEntries(serverChanges.map((c) => [c.property, c.to])) as ConfigurationChange;
    writes.push({ kind: 'configuration', server, change, changes: serverChanges, ...sentence(`Set ${listChanges(serverChanges)}`, server) });
  }

  const portDifferences = comparison.differences.filter((d) => d.scope === 'Port' && d.property !== 'priority');
  for (const port of snapshot.ports) {
    const changes = portDifferences.filter((d) => d.deviceId === port.deviceId).map((d) => ({ property: d.property, from: d.actual, to: d.expected }));
    if (changes.length === 0) continue;
    const change = Object.fromEntries(changes.map((c) => [c.property, c.to])) as PortChange;
    writes.push({ kind: 'port', server, port: port.name, deviceId: port.deviceId, selector: { name: port.name }, change, changes, ...sentence(`Set ${listChanges(changes)}`, on(port.name)) });
  }

  const current = new Map(snapshot.ports.map((port) => [port.deviceId, port.priority]));
  const targets = new Map(comparison.priorities.map((target) => [target.deviceId, target.priority]));
  // No priority asked for, no move: a FaxComEx server's ports all carry 0 (it has no priorities),
  // which any order computed from them would "renumber".
  const moves = targets.size === 0 ? [] : priorityMoves(current, finalOrder(current, targets));
  for (const move of moves) {
    const port = snapshot.ports.find((p) => p.deviceId === move.key);
    if (!port) continue;
    const changes = [{ property: 'priority', from: move.from, to: move.to }];
    writes.push({ kind: 'port', server, port: port.name, deviceId: port.deviceId, selector: { name: port.name }, change: { priority: move.to }, changes, ...sentence(`Set priority ${move.from} → ${move.to}`, on(port.name)) });
  }

  for (const d of comparison.differences.filter((x) => x.scope === 'Routing')) {
    if (d.port === null || d.deviceId === null || d.guid === undefined) continue;
    const enabled = d.expected === true;
    const changes = [{ property: d.property, from: d.actual, to: d.expected }];
    writes.push({
      kind: 'routing', server, port: d.port, deviceId: d.deviceId, selector: { name: d.port }, guid: d.guid, enabled, changes,
      ...sentence(`${enabled ? 'Enable' : 'Disable'} routing method '${d.property}' ${d.guid}`, on(d.port)),
    });
  }
  return { server, writes };
}

function sentence(action: string, target: string): { action: string; target: string; description: string } {
  return { action, target, description: `${action} on ${target}` };
}

function listChanges(changes: readonly PropertyChange[]): string {
  return changes.map((c) => `${c.property} ${showValue(c.from)} → ${showValue(c.to)}`).join(', ');
}

export function showValue(value: SettingValue): string {
  if (value === null) return '(none)';
  return typeof value === 'string' ? `'${value}'` : String(value);
}
