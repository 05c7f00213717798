// The shape of every request and of each method's params, checked before anything runs.
// valibot rather than zod: the same job, and it loads in ~9 ms instead of ~46 ms, which is a
// third of the sidecar's cold start (measured: see bench/).
import * as v from 'valibot';
import { BACKENDS } from '../backends/choice.js';

const MAX_NAME = 256;

const boundedString = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const envelopeSchema = v.strictObject({
  jsonrpc: v.literal('2.0'),
  id: v.optional(v.union([boundedString(MAX_NAME), v.pipe(v.number(), v.finite()), v.null()])),
  method: boundedString(MAX_NAME),
  params: v.optional(v.union([v.array(v.unknown()), v.record(v.string(), v.unknown())])),
});

const server = v.optional(boundedString(MAX_NAME));
/** Absent: winfax, or FaxComEx for a remote server on Windows (see defaultBackend). */
const backend = v.optional(v.picklist(BACKENDS));
const selectorEntries = {
  server,
  backend,
  deviceId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffff_ffff))),
  name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NAME))),
};
const ONE_PORT = 'select the port by exactly one of deviceId or name';
const namesOnePort = (p: { deviceId?: number | undefined; name?: string | undefined }): boolean =>
  (p.deviceId === undefined) !== (p.name === undefined);

const portChange = v.strictObject({
  sendEnabled: v.optional(v.boolean()),
  receiveEnabled: v.optional(v.boolean()),
  rings: v.optional(v.number()),
  priority: v.optional(v.number()),
  tsid: v.optional(boundedString(MAX_NAME)),
  csid: v.optional(boundedString(MAX_NAME)),
});

const configurationChange = v.strictObject({
  retries: v.optional(v.number()),
  retryDelay: v.optional(v.number()),
  dirtyDays: v.optional(v.number()),
  branding: v.optional(v.boolean()),
  useDeviceTsid: v.optional(v.boolean()),
  serverCp: v.optional(v.boolean()),
  pauseServerQueue: v.optional(v.boolean()),
  startCheapTime: v.optional(boundedString(16)),
  stopCheapTime: v.optional(boundedString(16)),
  archiveOutgoingFaxes: v.optional(v.boolean()),
  archiveDirectory: v.optional(boundedString(1024)),
});

const noParams = v.strictObject({});
const serverOnly = v.strictObject({ server, backend });

export const paramSchemas = {
  handshake: v.strictObject({ client: v.optional(boundedString(MAX_NAME)), naming: v.optional(v.picklist(['protocol', 'powershell'])) }),
  'server.connect': serverOnly,
  'server.disconnect': serverOnly,
  'server.list': noParams,
  'port.list': serverOnly,
  // An inline check keeps each schema's full output type (a typed predicate would narrow it).
  'port.get': v.pipe(v.strictObject(selectorEntries), v.check((p) => namesOnePort(p), ONE_PORT)),
  'port.status': v.pipe(v.strictObject(selectorEntries), v.check((p) => namesOnePort(p), ONE_PORT)),
  'port.set': v.pipe(v.strictObject({ ...selectorEntries, change: portChange }), v.check((p) => namesOnePort(p), ONE_PORT)),
  'routing.list': v.pipe(v.strictObject(selectorEntries), v.check((p) => namesOnePort(p), ONE_PORT)),
  'routing.setEnabled': v.pipe(
    v.strictObject({ ...selectorEntries, guid: boundedString(64), enabled: v.boolean() }),
    v.check((p) => namesOnePort(p), ONE_PORT),
  ),
  'config.get': serverOnly,
  'config.set': v.strictObject({ server, backend, change: configurationChange }),
  'simulator.stats': noParams,
  shutdown: noParams,
} as const;

export type MethodName = keyof typeof paramSchemas;
export type ParamsOf<M extends MethodName> = v.InferOutput<(typeof paramSchemas)[M]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(paramSchemas, name);
}

export type SchemaResult<T> = { success: true; output: T } | { success: false; field: string; reason: string };

/** Checks `input` against `schema`; on failure, the first problem as a field path and a sentence. */
export function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown): SchemaResult<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { success: true, output: result.output };
  const issue = result.issues[0];
  const field = (issue.path ?? []).map((item) => String(item.key)).join('.');
  if (issue.type === 'strict_object' && issue.path?.length) {
    const key = String(issue.path[issue.path.length - 1]?.key);
    return { success: false, field, reason: `unknown parameter "${key}"` };
  }
  return { success: false, field, reason: issue.message };
}
