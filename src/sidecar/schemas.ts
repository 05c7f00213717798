// The shape of every request and of each method's params, checked before anything runs.
import { z } from 'zod';

const MAX_NAME = 256;

export const envelopeSchema = z.strictObject({
  jsonrpc: z.literal('2.0'),
  id: z.union([z.string().max(MAX_NAME), z.number().finite(), z.null()]).optional(),
  method: z.string().max(MAX_NAME),
  params: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional(),
});

const server = z.string().max(MAX_NAME).optional();
const deviceId = z.number().int().min(0).max(0xffff_ffff);
const portName = z.string().min(1).max(MAX_NAME);

const portParams = z
  .strictObject({ server, deviceId: deviceId.optional(), name: portName.optional() })
  .refine((p) => (p.deviceId === undefined) !== (p.name === undefined), {
    message: 'select the port by exactly one of deviceId or name',
    path: ['deviceId'],
  });

const portChange = z.strictObject({
  sendEnabled: z.boolean().optional(),
  receiveEnabled: z.boolean().optional(),
  rings: z.number().optional(),
  priority: z.number().optional(),
  tsid: z.string().max(MAX_NAME).optional(),
  csid: z.string().max(MAX_NAME).optional(),
});

const configurationChange = z.strictObject({
  retries: z.number().optional(),
  retryDelay: z.number().optional(),
  dirtyDays: z.number().optional(),
  branding: z.boolean().optional(),
  useDeviceTsid: z.boolean().optional(),
  serverCp: z.boolean().optional(),
  pauseServerQueue: z.boolean().optional(),
  startCheapTime: z.string().max(16).optional(),
  stopCheapTime: z.string().max(16).optional(),
  archiveOutgoingFaxes: z.boolean().optional(),
  archiveDirectory: z.string().max(1024).optional(),
});

const noParams = z.strictObject({});

export const paramSchemas = {
  handshake: z.strictObject({ client: z.string().max(MAX_NAME).optional() }),
  'server.connect': z.strictObject({ server }),
  'server.disconnect': z.strictObject({ server }),
  'server.list': noParams,
  'port.list': z.strictObject({ server }),
  'port.get': portParams,
  'port.status': portParams,
  'port.set': z.intersection(portParams, z.object({ change: portChange })),
  'routing.list': portParams,
  'routing.setEnabled': z.intersection(portParams, z.object({ guid: z.string().max(64), enabled: z.boolean() })),
  'config.get': z.strictObject({ server }),
  'config.set': z.strictObject({ server, change: configurationChange }),
  'simulator.stats': noParams,
  shutdown: noParams,
} as const;

export type MethodName = keyof typeof paramSchemas;
export type ParamsOf<M extends MethodName> = z.infer<(typeof paramSchemas)[M]>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(paramSchemas, name);
}

/** The first problem zod found, as a field path and a sentence. */
export function describeIssue(error: z.ZodError): { field: string; reason: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', reason: 'invalid params' };
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return { field: [field, ...issue.keys].filter(Boolean).join('.'), reason: `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
  }
  return { field, reason: issue.message };
}
