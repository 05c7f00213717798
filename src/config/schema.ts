// Checks a document against schemas/faxbridge-configuration.schema.json itself, with ajv (the
// validator most JSON Schema tooling in Node uses): the published file is the rule, not a copy of it.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { DocumentIssue } from './errors.js';
import { pointerSegments, type PathSegment } from './json-path.js';
import type { PositionedJson } from './json-text.js';

/** Where the schema is, from dist/src/config or src/config alike: the repository's (or package's) schemas/. */
export const SCHEMA_FILE = new URL('../../../schemas/faxbridge-configuration.schema.json', import.meta.url);
const SCHEMA_FILE_FROM_SOURCE = new URL('../../schemas/faxbridge-configuration.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;

export function loadSchema(): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    text = readFileSync(SCHEMA_FILE_FROM_SOURCE, 'utf8');
  }
  return JSON.parse(text) as Record<string, unknown>;
}

// strictRequired would refuse the oneOf's { required: [servers] }, which names a property defined beside it.
// verbose gives each error the offending value and its schema, for messages that show both.
function validator(): ValidateFunction {
  compiled ??= new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false }).compile(loadSchema());
  return compiled;
}

/** Every way the value breaks the schema, at its path and line; [] when it conforms. */
export function schemaIssues(json: PositionedJson): DocumentIssue[] {
  const validate = validator();
  if (validate(json.value)) return [];
  const errors = validate.errors ?? [];
  const issues: DocumentIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // The oneOf's branches each say "must have required property"; one sentence says it better.
    if (error.schemaPath.startsWith('#/oneOf/')) continue;
    const described = describe(error, json.value);
    const key = `${described.segments.join('/')}|${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(json.issueAt(described.segments, described.message, described.key));
  }
  return issues;
}

function describe(error: ErrorObject, value: unknown): { segments: PathSegment[]; message: string; key: boolean } {
  const segments = pointerSegments(error.instancePath, value);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      return { segments: [...segments, name], message: `unknown property "${name}"${suggestion(error)}`, key: true };
    }
    case 'required':
      return { segments, message: `the property "${String(params['missingProperty'])}" is required`, key: false };
    case 'oneOf':
      return { segments, message: 'give either "servers" (each server named) or "template" (applied to the servers you name), not both', key: false };
    case 'const':
      return { segments, message: `must be ${JSON.stringify(params['allowedValue'])}, got ${JSON.stringify(error.data)}`, key: false };
    case 'type':
      return { segments, message: `expected ${article(String(params['type']))}, got ${kind(error.data)}`, key: false };
    case 'minimum':
    case 'maximum': {
      const schema = error.parentSchema as Record<string, unknown> | undefined;
      const range = schema && 'minimum' in schema && 'maximum' in schema ? `${String(schema['minimum'])} to ${String(schema['maximum'])}` : `${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params['limit'])}`;
      return { segments, message: `${JSON.stringify(error.data)} is out of range; it must be ${range}`, key: false };
    }
    case 'pattern':
      return { segments, message: `${JSON.stringify(error.data)} is not ${patternMeaning(segments)}`, key: false };
    case 'minLength':
      return { segments, message: 'must not be empty', key: false };
    case 'minItems':
      return { segments, message: 'must list at least one entry', key: false };
    default:
      return { segments, message: error.message ?? error.keyword, key: false };
  }
}

function patternMeaning(segments: readonly PathSegment[]): string {
  const last = segments[segments.length - 1];
  if (last === 'guid') return 'a GUID such as {92041a90-9af2-11d0-abf7-00c04fd91a4e}';
  if (last === 'startCheapTime' || last === 'stopCheapTime') return 'a time of day as HH:MM (00:00 to 23:59)';
  if (last === 'tsid' || last === 'csid') return 'printable 7-bit ASCII (space to ~)';
  if (last === 'archiveDirectory') return 'a folder path (it holds a control character)';
  return 'in the expected form';
}

function suggestion(error: ErrorObject): string {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  const known = Object.keys(schema?.properties ?? {});
  return known.length > 0 ? `; expected one of ${known.join(', ')}` : '';
}

function article(type: string): string {
  if (type === 'integer') return 'a whole number';
  if (type === 'boolean') return 'true or false';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}
