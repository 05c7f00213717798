// The checks a document passes after the schema and before any server is asked: the core's value
// rules (src/core/validate.ts, the same ones every cmdlet applies) and what the schema cannot say.
import { ValidationError } from '../core/errors.js';
import type { ConfigurationChange, PortChange } from '../core/model.js';
import { normalizeRoutingGuid } from '../core/routing-guid.js';
import { displayServerName } from '../core/server-name.js';
import { validateConfigurationChange, validatePortChange } from '../core/validate.js';
import { CONFIGURATION_PROPERTIES, type ConfigurationDocument, PORT_PROPERTIES, settingsOf } from './document.js';
import type { DocumentIssue } from './errors.js';
import type { PathSegment } from './json-path.js';
import type { PositionedJson } from './json-text.js';
import { unknownPlaceholders, withoutPlaceholders } from './placeholders.js';
import { isWildcardPattern } from './wildcard.js';

export function ruleIssues(document: ConfigurationDocument, json: PositionedJson): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const at = (segments: PathSegment[], message: string): void => void issues.push(json.issueAt(segments, message));

  const named = new Map<string, number>();
  settingsOf(document).forEach(({ at: entry, name, settings }, index) => {
    if (name !== null) {
      const key = displayServerName(name).toLowerCase();
      const earlier = named.get(key);
      if (earlier !== undefined) at([...entry, 'name'], `the server "${name}" is already described at $.servers[${earlier}]`);
      else named.set(key, index);
    }
    const configuration = settings.configuration ?? {};
    for (const property of CONFIGURATION_PROPERTIES) {
      if (configuration[property] === undefined) continue;
      const reason = coreRule(() => validateConfigurationChange({ [property]: configuration[property] } as ConfigurationChange));
      if (reason) at([...entry, 'configuration', property], reason);
    }

    const priorities = new Map<number, number>();
    (settings.ports ?? []).forEach((port, index) => {
      const portPath = [...entry, 'ports', index];
      for (const property of PORT_PROPERTIES) {
        const value = port[property];
        if (value === undefined) continue;
        if (property === 'tsid' || property === 'csid') {
          const text = String(value);
          const unknown = unknownPlaceholders(text);
          if (unknown.length > 0) {
            at([...portPath, property], `unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')}; the placeholders are {Server} and {DeviceName}`);
            continue;
          }
          const reason = coreRule(() => validatePortChange({ [property]: withoutPlaceholders(text) }));
          if (reason) at([...portPath, property], reason);
          continue;
        }
        const reason = coreRule(() => validatePortChange({ [property]: value } as PortChange));
        if (reason) at([...portPath, property], reason);
      }
      if (port.priority !== undefined && !isWildcardPattern(port.name)) {
        const earlier = priorities.get(port.priority);
        if (earlier !== undefined) {
          at([...portPath, 'priority'], `priority ${port.priority} is already given to the port at ports[${earlier}]; the priorities on a server must be distinct (a permutation)`);
        } else {
          priorities.set(port.priority, index);
        }
      }
      const guids = new Map<string, number>();
      (port.routingMethods ?? []).forEach((method, methodIndex) => {
        let guid: string;
        try {
          guid = normalizeRoutingGuid(method.guid);
        } catch (error) {
          at([...portPath, 'routingMethods', methodIndex, 'guid'], reasonOf(error));
          return;
        }
        const earlier = guids.get(guid);
        if (earlier !== undefined) at([...portPath, 'routingMethods', methodIndex, 'guid'], `the routing method ${guid} is already listed at routingMethods[${earlier}]`);
        else guids.set(guid, methodIndex);
      });
    });
  });
  return issues;
}

/** The core's reason for refusing a value, without its "Invalid field:" lead (the path says which). */
function coreRule(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return reasonOf(error);
  }
}

export function reasonOf(error: unknown): string {
  if (error instanceof ValidationError) return error.message.replace(/^Invalid [^:]+: /, '');
  return error instanceof Error ? error.message : String(error);
}
