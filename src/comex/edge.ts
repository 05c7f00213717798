// Loads edge-js (an optional dependency) and binds the C# bridge's methods, once per process.
// edge-js runs the bridge on CoreCLR (.NET 8 or later) on every platform, so the same assembly
// serves Windows, where it drives the FaxComEx COM objects, and the tests here, which use its
// managed stand-in.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from '../winfax/library-path.js';
import { NotSupportedError, RuntimeNotInstalledError } from '../core/errors.js';
import type { ComExDevice, ComExQueueSettings, ComExRoutingMethod } from './decode.js';
import type { ComExJobEntry } from './decode-job.js';

/** Each method of the C# Bridge class (bridge/Bridge.cs) and the result it answers with. */
export interface BridgeCalls {
  Connect: null;
  ListPorts: ComExDevice[];
  GetPort: ComExDevice;
  SetPort: ComExDevice;
  ListRoutingMethods: ComExRoutingMethod[];
  SetRoutingMethodEnabled: ComExRoutingMethod[];
  GetConfiguration: ComExQueueSettings;
  SetConfiguration: ComExQueueSettings;
  ListJobs: ComExJobEntry[];
  GetJob: ComExJobEntry;
  /** The job as re-read after the command, or null once a cancel has taken it out of the queue. */
  SetJob: ComExJobEntry | null;
}

export type BridgeMethod = keyof BridgeCalls;

export interface BridgeError {
  readonly type: string;
  readonly api: string;
  readonly win32Code: number;
  readonly message: string;
}

export type BridgeReply<R> = { ok: true; result: R } | { ok: false; error: BridgeError };

type EdgeFunction = (input: unknown, callback: (error: Error | null, result: BridgeReply<unknown>) => void) => void;
interface EdgeModule {
  func(options: { assemblyFile: string; typeName: string; methodName: string }): EdgeFunction;
}

export const BRIDGE_ASSEMBLY = 'FaxBridge.ComEx.dll';
const RUNTIME_MISSING =
  'The FaxComEx backend needs the .NET 8 runtime (Microsoft.NETCore.App 8.0), which it could not find: install it from https://dotnet.microsoft.com/download/dotnet/8.0, or use the winfax backend (-Backend WinFax) for the local server.';

/**
 * How edge-js says that it found no .NET: no dotnet host at all (at load), or a host whose
 * runtimes do not serve the bootstrap's runtimeconfig, after which it loads without its CLR
 * functions.
 */
function runtimeMissing(reason: string): boolean {
  return /unable to locate the \.NET Core SDK|initializeClrFunc is not a function|dependency resolver|runtimeconfig file/i.test(reason);
}

const bound = new Map<BridgeMethod, EdgeFunction>();
let edge: EdgeModule | undefined;

function loadEdge(): EdgeModule {
  if (edge) return edge;
  // edge-js reads these as it loads: CoreCLR rather than .NET Framework (on Windows it would
  // otherwise pick the Framework; the bridge is a net8.0 assembly).
  process.env['EDGE_USE_CORECLR'] ??= '1';
  // The bootstrap the build step made (scripts/build-comex.mjs explains why it is a copy), only
  // when it is there: a folder that does not exist would stop edge-js looking for its own.
  const bootstrap = path.join(packageRoot(), 'build', 'edge-bootstrap', 'lib', 'bootstrap', 'bin', 'Release');
  if (process.env['EDGE_BOOTSTRAP_DIR'] === undefined && existsSync(bootstrap)) process.env['EDGE_BOOTSTRAP_DIR'] = bootstrap;
  try {
    edge = createRequire(import.meta.url)('edge-js') as EdgeModule;
  } catch (cause) {
    const reason = cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause);
    if (runtimeMissing(reason)) throw new RuntimeNotInstalledError(`${RUNTIME_MISSING} (edge-js: ${reason})`);
    throw new NotSupportedError(`The FaxComEx backend needs edge-js, which is not installed or did not build: ${reason}`);
  }
  return edge;
}

export function bridgeAssembly(): string {
  return path.join(packageRoot(), 'build', 'comex', BRIDGE_ASSEMBLY);
}

/** Calls one bridge method; edge-js runs it on a CLR thread and answers through the callback. */
export function callBridge<M extends BridgeMethod>(method: M, input: Record<string, unknown>): Promise<BridgeReply<BridgeCalls[M]>> {
  let fn = bound.get(method);
  if (!fn) {
    const assemblyFile = bridgeAssembly();
    if (!existsSync(assemblyFile)) {
      throw new NotSupportedError(`The FaxComEx bridge is not built (${BRIDGE_ASSEMBLY}): run "npm run build" with the .NET SDK installed.`);
    }
    try {
      fn = loadEdge().func({ assemblyFile, typeName: 'FaxBridge.ComEx.Bridge', methodName: method });
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      if (cause instanceof RuntimeNotInstalledError || !runtimeMissing(reason)) throw cause;
      throw new RuntimeNotInstalledError(`${RUNTIME_MISSING} (edge-js: ${reason})`);
    }
    bound.set(method, fn);
  }
  const call = fn;
  // The one place the bridge's answers get their types: Bridge.cs's method M answers with
  // BridgeCalls[M] (the bridge tests through the stand-in hold it to that).
  return new Promise((resolve, reject) => call(input, (error, result) => (error ? reject(error) : resolve(result as BridgeReply<BridgeCalls[M]>))));
}
