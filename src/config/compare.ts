// The document against what the servers are: one difference per property not in line, a missing
// port reported as such, and any value that only the servers' facts refuse (a TSID too long once
// {DeviceName} is in it, a routing GUID the server lacks, priorities that collide) as a problem.
import type { FaxPort } from '../core/model.js';
import { normalizeRoutingGuid } from '../core/routing-guid.js';
import { displayServerName } from '../core/server-name.js';
import { checkPriorityInRange, checkStationId } from '../core/validate.js';
import { CONFIGURATION_PROPERTIES, type ConfigurationDocument, PORT_PROPERTIES, type PortEntry, type PortProperty, type ServerSettings, settingsOf } from './document.js';
import { expandPlaceholders } from './placeholders.js';
import { reasonOf } from './rules.js';
import { methodsOf, type ServerSnapshot } from './snapshot.js';
import { isWildcardPattern, matchesDeviceName } from './wildcard.js';

export type DifferenceScope = 'Server' | 'Port' | 'Routing';
export type SettingValue = string | number | boolean | null;

export interface ConfigurationDifference {
  readonly server: string;
  readonly scope: DifferenceScope;
  /** The port's device name; null for the server's own settings. */
  readonly port: string | null;
  /** For information: the device id in the session that read the server. */
  readonly deviceId: number | null;
  /** The core's property name (rings, tsid, retries …); for Routing, the method's friendly name. */
  readonly property: string;
  readonly expected: SettingValue;
  readonly actual: SettingValue;
  /** For Routing: the method's GUID in registry form. */
  readonly guid?: string;
  /** The document entry that asks for the value. */
  readonly path: string;
}

/** A port entry that matched no port on the server: not a difference, nothing can be written for it. */
export interface MissingPort {
  readonly server: string;
  readonly port: string;
  readonly path: string;
}

/** A value the document asks for that this server refuses; the server gets no writes while any remain. */
export interface ConfigurationProblem {
  readonly server: string;
  readonly port: string | null;
  readonly path: string;
  readonly message: string;
}

export interface PriorityTarget {
  readonly port: string;
  readonly deviceId: number;
  readonly priority: number;
}

export interface ServerComparison {
  readonly server: string;
  readonly differences: readonly ConfigurationDifference[];
  readonly missingPorts: readonly MissingPort[];
  readonly problems: readonly ConfigurationProblem[];
  /** Every priority the document gives on this server, in line or not: the plan keeps the in-line ones where they are. */
  readonly priorities: readonly PriorityTarget[];
}

export interface ConfigurationComparison {
  readonly servers: readonly ServerComparison[];
  readonly differences: readonly ConfigurationDifference[];
  readonly missingPorts: readonly MissingPort[];
  readonly problems: readonly ConfigurationProblem[];
  /** Servers the document names for which no snapshot was given. */
  readonly notCompared: readonly string[];
  /** Nothing differs, nothing is missing, nothing is refused. */
  readonly inLine: boolean;
}

/** The servers a caller should read: a template's are the requested ones; a named document's, those of its servers requested (all by default). */
export function serversToCompare(document: ConfigurationDocument, requested: readonly string[] = []): string[] {
  if (document.template !== undefined) {
    if (requested.length === 0) throw new Error('The document is a template, which names no server; give the servers to apply it to.');
    return [...requested];
  }
  const named = (document.servers ?? []).map((entry) => entry.name);
  if (requested.length === 0) return named;
  const unknown = requested.filter((name) => !named.some((entry) => sameServer(entry, name)));
  if (unknown.length > 0) throw new Error(`The document does not describe ${unknown.map((n) => `"${n}"`).join(', ')}; it describes ${named.map((n) => `"${n}"`).join(', ')}.`);
  return named.filter((entry) => requested.some((name) => sameServer(entry, name)));
}

export function sameServer(a: string, b: string): boolean {
  return displayServerName(a).toLowerCase() === displayServerName(b).toLowerCase();
}

export function compareConfiguration(document: ConfigurationDocument, snapshots: readonly ServerSnapshot[]): ConfigurationComparison {
  const entries = settingsOf(document);
  const servers: ServerComparison[] = [];
  const notCompared: string[] = [];
  if (document.template !== undefined) {
    const template = entries[0];
    if (template) for (const snapshot of snapshots) servers.push(compareServer(template.settings, template.path, snapshot));
  } else {
    for (const entry of entries) {
      const snapshot = snapshots.find((s) => entry.name !== null && sameServer(s.server, entry.name));
      if (snapshot) servers.push(compareServer(entry.settings, entry.path, snapshot));
      else notCompared.push(entry.name ?? '');
    }
  }
  const differences = servers.flatMap((s) => s.differences);
  const missingPorts = servers.flatMap((s) => s.missingPorts);
  const problems = servers.flatMap((s) => s.problems);
  return { servers, differences, missingPorts, problems, notCompared, inLine: differences.length + missingPorts.length + problems.length === 0 };
}

interface Wanted<T> {
  readonly value: T;
  readonly path: string;
}

export function compareServer(settings: ServerSettings, path: string, snapshot: ServerSnapshot): ServerComparison {
  const server = snapshot.server;
  const differences: ConfigurationDifference[] = [];
  const missingPorts: MissingPort[] = [];
  const problems: ConfigurationProblem[] = [];

  const configuration = settings.configuration ?? {};
  for (const property of CONFIGURATION_PROPERTIES) {
    const expected = configuration[property];
    const actual = snapshot.configuration[property];
    if (expected !== undefined && expected !== actual) {
      differences.push({ server, scope: 'Server', port: null, deviceId: null, property, expected, actual, path: `${path}.configuration.${property}` });
    }
  }

  const entries = (settings.ports ?? []).map((entry, index) => ({ entry, path: `${path}.ports[${index}]` }));
  const matchesOf = new Map<string, FaxPort[]>();
  for (const { entry, path: entryPath } of entries) {
    const matched = snapshot.ports.filter((port) => matchesDeviceName(entry.name, port.name));
    matchesOf.set(entryPath, matched);
    // As with PowerShell's -Name, a pattern that matches nothing is no error; a name that matches nothing is.
    if (matched.length === 0 && !isWildcardPattern(entry.name)) missingPorts.push({ server, port: entry.name, path: entryPath });
    if (entry.priority !== undefined && matched.length > 1) {
      problems.push({ server, port: entry.name, path: `${entryPath}.priority`, message: `"${entry.name}" matches ${matched.length} ports (${matched.map((p) => `'${p.name}'`).join(', ')}), which cannot share priority ${entry.priority}` });
    }
  }

  const priorities: PriorityTarget[] = [];
  const routing: ConfigurationDifference[] = [];
  const priorityDifferences: ConfigurationDifference[] = [];
  for (const port of snapshot.ports) {
    const wanted = new Map<PortProperty, Wanted<string | number | boolean>>();
    let methods: Wanted<NonNullable<PortEntry['routingMethods']>> | undefined;
    for (const { entry, path: entryPath } of entries) {
      if (!matchesOf.get(entryPath)?.includes(port)) continue;
      // Later entries override earlier ones, property by property, as the document reads.
      for (const property of PORT_PROPERTIES) {
        const value = entry[property];
        if (value !== undefined) wanted.set(property, { value, path: `${entryPath}.${property}` });
      }
      if (entry.routingMethods !== undefined) methods = { value: entry.routingMethods, path: `${entryPath}.routingMethods` };
    }
    for (const property of PORT_PROPERTIES) {
      const want = wanted.get(property);
      if (!want) continue;
      let expected = want.value;
      if (property === 'tsid' || property === 'csid') {
        expected = expandPlaceholders(String(expected), { server, deviceName: port.name });
        try {
          checkStationId(property, expected);
        } catch (error) {
          problems.push({ server, port: port.name, path: want.path, message: `for '${port.name}': ${reasonOf(error)}` });
          continue;
        }
      }
      if (property === 'priority') {
        const priority = Number(expected);
        try {
          checkPriorityInRange(priority, snapshot.ports.length, server);
        } catch (error) {
          problems.push({ server, port: port.name, path: want.path, message: reasonOf(error) });
          continue;
        }
        priorities.push({ port: port.name, deviceId: port.deviceId, priority });
      }
      const actual = port[property];
      if (expected !== actual) {
        const difference = { server, scope: 'Port' as const, port: port.name, deviceId: port.deviceId, property, expected, actual, path: want.path };
        (property === 'priority' ? priorityDifferences : differences).push(difference);
      }
    }
    if (methods) routing.push(...compareRouting(snapshot, port, methods, problems));
  }

  const taken = new Map<number, string>();
  for (const target of priorities) {
    const other = taken.get(target.priority);
    if (other !== undefined) {
      problems.push({ server, port: target.port, path: path, message: `'${target.port}' and '${other}' would both have priority ${target.priority}; the priorities on a server must be distinct (a permutation)` });
    }
    taken.set(target.priority, target.port);
  }
  differences.push(...priorityDifferences, ...routing);
  return { server, differences, missingPorts, problems, priorities };
}

function compareRouting(snapshot: ServerSnapshot, port: FaxPort, wanted: Wanted<NonNullable<PortEntry['routingMethods']>>, problems: ConfigurationProblem[]): ConfigurationDifference[] {
  const server = snapshot.server;
  const methods = methodsOf(snapshot, port);
  const enabled = new Set<string>();
  wanted.value.forEach((entry, index) => {
    const guid = normalizeRoutingGuid(entry.guid);
    if (!methods.some((method) => normalizeRoutingGuid(method.guid) === guid)) {
      problems.push({ server, port: port.name, path: `${wanted.path}[${index}].guid`, message: `${server} has no routing method ${guid}${entry.friendlyName ? ` ("${entry.friendlyName}")` : ''} on '${port.name}'; it has ${methods.map((m) => `${m.guid} ("${m.friendlyName}")`).join(', ') || 'none'}` });
    }
    enabled.add(guid);
  });
  return methods
    .filter((method) => enabled.has(normalizeRoutingGuid(method.guid)) !== method.enabled)
    .map((method) => ({
      server,
      scope: 'Routing' as const,
      port: port.name,
      deviceId: port.deviceId,
      property: method.friendlyName || method.guid,
      expected: !method.enabled,
      actual: method.enabled,
      guid: normalizeRoutingGuid(method.guid),
      path: wanted.path,
    }));
}
