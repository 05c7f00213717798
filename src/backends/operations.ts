// Every operation on a fax server, declared once: its wire method, the schema of its params, the
// access it needs, whether resending it after a sidecar restart is safe, and how a backend
// session performs it (which fixes its result type). The sidecar's method table and schemas,
// the worker thread's dispatch, the CLI and the tests' typed client all derive from this table.
// It loads neither koffi nor edge-js: the sidecar checks requests against it on every start.
// valibot rather than zod: the same job, and it loads in ~9 ms instead of ~46 ms, which is a
// third of the sidecar's cold start (measured: see bench/).
import * as v from 'valibot';
import type { JobCommand, PortSelector } from '../core/model.js';
import { BACKENDS } from './choice.js';
import type { Awaitable, FaxBackendSession } from './session.js';

export const MAX_NAME = 256;

export const boundedString = (max: number) => v.pipe(v.string(), v.maxLength(max));

const server = v.optional(boundedString(MAX_NAME));
/** Absent: the backend resolveBackend chooses for the server and platform. */
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

export const serverOnly = v.strictObject({ server, backend });
// An inline check keeps each schema's full output type (a typed predicate would narrow it).
const portOnly = v.pipe(v.strictObject(selectorEntries), v.check((p) => namesOnePort(p), ONE_PORT));

function selector(params: { deviceId?: number | undefined; name?: string | undefined }): PortSelector {
  return params.deviceId !== undefined ? { deviceId: params.deviceId } : { name: params.name ?? '' };
}

export interface OperationSpec<S extends v.GenericSchema, R> {
  readonly params: S;
  /** What the server must grant: query to read, modify to change (PORT_OPEN_MODIFY is exclusive). */
  readonly access: 'query' | 'modify';
  /** Safe to send again when the sidecar died before answering (it sets absolute values). */
  readonly resendable: boolean;
  readonly perform: (session: FaxBackendSession, params: v.InferOutput<S>) => Awaitable<R>;
}

/** Ties an entry's perform to its own schema's output, so each entry is checked as written. */
function operation<S extends v.GenericSchema, R>(spec: OperationSpec<S, R>): OperationSpec<S, R> {
  return spec;
}

// Wire names are the cmdlets' parameter names with the first letter lower-cased (`id` for -Id),
// so the PowerShell connection's inbound rename stays mechanical; FaxJob's own `id` comes out
// as `Id`, the property -Id takes from the pipeline.
const jobOnly = v.strictObject({ server, backend, id: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(0xffff_ffff)) });

/**
 * A command on one job. Not resendable: after a sidecar restart a resent pause or resume finds
 * the job already changed (a JobState refusal) and a resent cancel finds it gone.
 */
function jobCommand(command: JobCommand) {
  return operation({ params: jobOnly, access: 'modify', resendable: false, perform: (s, p) => s.setJob(p.id, command) });
}

export const OPERATIONS = {
  'port.list': operation({ params: serverOnly, access: 'query', resendable: true, perform: (s) => s.listPorts() }),
  'port.get': operation({ params: portOnly, access: 'query', resendable: true, perform: (s, p) => s.getPort(selector(p)) }),
  'port.status': operation({
    params: portOnly,
    access: 'query',
    resendable: true,
    perform: (s, p) => s.getDeviceStatus(selector(p)),
  }),
  'port.set': operation({
    params: v.pipe(v.strictObject({ ...selectorEntries, change: portChange }), v.check((p) => namesOnePort(p), ONE_PORT)),
    access: 'modify',
    resendable: true,
    perform: (s, p) => s.setPort(selector(p), p.change),
  }),
  'routing.list': operation({
    params: portOnly,
    access: 'query',
    resendable: true,
    perform: (s, p) => s.listRoutingMethods(selector(p)),
  }),
  'routing.setEnabled': operation({
    params: v.pipe(
      v.strictObject({ ...selectorEntries, guid: boundedString(64), enabled: v.boolean() }),
      v.check((p) => namesOnePort(p), ONE_PORT),
    ),
    access: 'modify',
    resendable: true,
    perform: (s, p) => s.setRoutingMethodEnabled(selector(p), p.guid, p.enabled),
  }),
  'config.get': operation({ params: serverOnly, access: 'query', resendable: true, perform: (s) => s.getConfiguration() }),
  'config.set': operation({
    params: v.strictObject({ server, backend, change: configurationChange }),
    access: 'modify',
    resendable: true,
    perform: (s, p) => s.setConfiguration(p.change),
  }),
  'job.list': operation({ params: serverOnly, access: 'query', resendable: true, perform: (s) => s.listJobs() }),
  'job.get': operation({ params: jobOnly, access: 'query', resendable: true, perform: (s, p) => s.getJob(p.id) }),
  'job.pause': jobCommand('pause'),
  'job.resume': jobCommand('resume'),
  'job.restart': jobCommand('restart'),
  'job.cancel': jobCommand('delete'),
};

type Operations = typeof OPERATIONS;
export type OperationName = keyof Operations;
export type OperationParams<M extends OperationName> = v.InferOutput<Operations[M]['params']>;
export type OperationResult<M extends OperationName> = Awaited<ReturnType<Operations[M]['perform']>>;

export const OPERATION_NAMES = Object.keys(OPERATIONS) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(OPERATIONS, name);
}

/** Performs one operation on a backend session: the only place a method name becomes a call. */
export function perform<M extends OperationName>(session: FaxBackendSession, method: M, params: OperationParams<M>): Awaitable<OperationResult<M>> {
  // TypeScript cannot correlate OPERATIONS[M] with OperationParams<M> for a generic M; the
  // table's entries are each checked against their own schema where they are declared.
  const spec = OPERATIONS[method] as unknown as OperationSpec<v.GenericSchema, OperationResult<M>>;
  return spec.perform(session, params);
}
