// Property names on the wire: the protocol's camelCase, or PowerShell's PascalCase with
// `server` as `ComputerName` and backends spelt as -Backend takes them (`WinFax`, `ComEx`), chosen
// once per sidecar by the handshake. This is the one place names change, in both directions:
// requests on the way in (before their schema check), results, error data and the handshake's
// own answer on the way out. Renaming here, while serialising, costs far less than renaming
// thousands of objects in PowerShell afterwards; and the module sends its parameters under the
// very names its cmdlets take, with nothing to translate.

export type Naming = 'protocol' | 'powershell';

const SPECIAL: Readonly<Record<string, string>> = { server: 'ComputerName' };
/** Backend values as PowerShell's -Backend parameter spells them, so piped objects read the same. */
const BACKEND_VALUES: Readonly<Record<string, string>> = { winfax: 'WinFax', comex: 'ComEx' };
const cache = new Map<string, string>();

function powershellName(key: string): string {
  let name = cache.get(key);
  if (name === undefined) {
    name = SPECIAL[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
    cache.set(key, name);
  }
  return name;
}

// Plain loops rather than map and Object.entries, which allocate an array per object: renaming
// and serialising 1,000 ports takes 1.06-1.31 ms instead of 1.17-1.43 ms (10,000: 10.8-11.6
// instead of 12.3-13.7 ms).
function renamed(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i += 1) out[i] = renamed(value[i]);
    return out;
  }
  return renamedObject(value as Readonly<Record<string, unknown>>);
}

function renamedObject(source: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    const item = source[key];
    out[powershellName(key)] = key === 'backend' && typeof item === 'string' ? (BACKEND_VALUES[item] ?? item) : renamed(item);
  }
  return out;
}

/** The inverse of powershellName: `ComputerName` is `server`, any other name starts in lower case,
 * so a name already in the protocol's camelCase is left as it is. */
function protocolName(key: string): string {
  return key === 'ComputerName' ? 'server' : key.charAt(0).toLowerCase() + key.slice(1);
}

export type Renamed = { success: true; params: unknown } | { success: false; field: string; reason: string };

/** A PowerShell connection's request params under the protocol's names (backend values in lower
 * case), for the schema check and everything after it. Two names that mean the same parameter
 * (`Rings` and `rings`) are refused rather than one of them dropped. */
export function protocolParams(params: unknown, naming: Naming): Renamed {
  if (naming !== 'powershell') return { success: true, params };
  try {
    return { success: true, params: inbound(params, '') };
  } catch (error) {
    if (error instanceof NameClash) return { success: false, field: error.field, reason: error.message };
    throw error;
  }
}

class NameClash extends Error {
  constructor(
    readonly field: string,
    first: string,
    second: string,
  ) {
    super(`given twice, as "${first}" and "${second}"`);
  }
}

function inbound(value: unknown, path: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item, index) => inbound(item, `${path}${index}.`));
  const source = value as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  const given = new Map<string, string>();
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    const name = protocolName(key);
    const earlier = given.get(name);
    if (earlier !== undefined) throw new NameClash(path + name, earlier, key);
    given.set(name, key);
    const item = source[key];
    // Defined, not assigned: a "__proto__" key stays a key, as JSON.parse made it, for the schema to refuse.
    Object.defineProperty(out, name, {
      value: name === 'backend' && typeof item === 'string' ? item.toLowerCase() : inbound(item, `${path}${name}.`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

export function serializeResult(result: unknown, naming: Naming): string {
  return JSON.stringify(naming === 'powershell' ? renamed(result) : (result ?? null)) ?? 'null';
}

/** Refusals whose `field` names a request parameter (others name a JSON-RPC member, such as `id`). */
const PARAMETER_REFUSALS = new Set(['InvalidParams', 'Validation']);

export interface WireError {
  readonly code: number;
  readonly message: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * An error under the connection's names: its data's keys (the JSON-RPC members code, message,
 * data keep theirs) and, when it refuses a parameter, that parameter as the client spells it, in
 * the data's field and in the message's lead (`Invalid Rings: …`, `Invalid params: Change.Rings: …`).
 */
export function errorFor(error: WireError, naming: Naming): WireError {
  if (naming !== 'powershell') return error;
  const { code, data } = error;
  let { message } = error;
  const field = data['field'];
  const renamedData = renamedObject(data);
  if (typeof field === 'string' && field !== '' && PARAMETER_REFUSALS.has(String(data['type']))) {
    const shown = field.split('.').map(powershellName).join('.');
    renamedData['Field'] = shown;
    for (const lead of ['Invalid params: ', 'Invalid ']) {
      if (message.startsWith(`${lead}${field}:`)) {
        message = lead + shown + message.slice(lead.length + field.length);
        break;
      }
    }
  }
  return { code, message, data: renamedData };
}
