// The shape of every request and of each method's params, checked before anything runs: the
// operations' schemas come from their table (src/backends/operations.ts); the methods the
// sidecar answers itself are declared here.
import * as v from 'valibot';
import { MAX_NAME, OPERATIONS, type OperationName, boundedString, serverOnly } from '../backends/operations.js';
import { configurationSchemas } from './configuration-schemas.js';

export const envelopeSchema = v.strictObject({
  jsonrpc: v.literal('2.0'),
  id: v.optional(v.union([boundedString(MAX_NAME), v.pipe(v.number(), v.finite()), v.null()])),
  method: boundedString(MAX_NAME),
  params: v.optional(v.union([v.array(v.unknown()), v.record(v.string(), v.unknown())])),
});

const noParams = v.strictObject({});

/** The methods about the sidecar and its connections rather than about one server's data. */
export const sidecarSchemas = {
  handshake: v.strictObject({ client: v.optional(boundedString(MAX_NAME)), naming: v.optional(v.picklist(['protocol', 'powershell'])) }),
  'server.connect': serverOnly,
  'server.disconnect': serverOnly,
  'server.list': noParams,
  'simulator.stats': noParams,
  shutdown: noParams,
  ...configurationSchemas,
} as const;

export type SidecarMethodName = keyof typeof sidecarSchemas;
export type SidecarParamsOf<M extends SidecarMethodName> = v.InferOutput<(typeof sidecarSchemas)[M]>;

export function isSidecarMethodName(name: string): name is SidecarMethodName {
  return Object.hasOwn(sidecarSchemas, name);
}

/** Every method's params schema, by name. */
export function paramsSchema(method: SidecarMethodName | OperationName): v.GenericSchema {
  return isSidecarMethodName(method) ? sidecarSchemas[method] : OPERATIONS[method].params;
}

export type MethodName = SidecarMethodName | OperationName;

export function isMethodName(name: string): name is MethodName {
  return isSidecarMethodName(name) || Object.hasOwn(OPERATIONS, name);
}

export type SchemaResult<T> = { success: true; output: T } | { success: false; field: string; reason: string };

/** Checks `input` against `schema`; on failure, the first problem as a field path and a sentence. */
export function check<T>(schema: v.GenericSchema<unknown, T>, input: unknown): SchemaResult<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { success: true, output: result.output };
  const issue = result.issues[0];
  const field = (issue.path ?? []).map((item) => String(item.key)).join('.');
  if (issue.type === 'strict_object' && issue.path?.length) {
    // The field names the parameter, as the connection spells it (see naming.ts).
    return { success: false, field, reason: 'unknown parameter' };
  }
  return { success: false, field, reason: issue.message };
}
