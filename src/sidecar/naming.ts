// Property names on the wire: the protocol's camelCase, or PowerShell's PascalCase with
// `server` as `ComputerName`, chosen once per sidecar by the handshake. Renaming here, while
// serialising, costs far less than renaming thousands of objects in PowerShell afterwards.

export type Naming = 'protocol' | 'powershell';

const SPECIAL: Readonly<Record<string, string>> = { server: 'ComputerName' };
const cache = new Map<string, string>();

function powershellName(key: string): string {
  let name = cache.get(key);
  if (name === undefined) {
    name = SPECIAL[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
    cache.set(key, name);
  }
  return name;
}

function renamed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(renamed);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[powershellName(key)] = renamed(inner);
  return out;
}

export function serializeResult(result: unknown, naming: Naming): string {
  return JSON.stringify(naming === 'powershell' ? renamed(result) : (result ?? null)) ?? 'null';
}
