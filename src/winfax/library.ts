// Loads the fax library and binds the winfax functions to it, once per library path.
import { existsSync } from 'node:fs';
import koffi, { type LibraryHandle } from 'koffi';
import { FaxApiError, FaxLibraryError, FaxNotInstalledError } from './errors.js';
import { describeSource, type LibraryLocation, resolveLibrary } from './library-path.js';
import {
  type BoolFunctionName,
  PROTOTYPES,
  SIMULATOR_PROTOTYPES,
  type SimulatorFunctions,
  type WinFaxFunctions,
} from './prototypes.js';
import { createSimulatorControls, type SimulatorControls } from './simulator.js';
import './types.js';

export interface LoadOptions {
  /** A path to winfax.dll or a compatible library; overrides FAXBRIDGE_LIBRARY and the platform default. */
  readonly libraryPath?: string | undefined;
}

export interface WinFaxLibrary {
  readonly location: LibraryLocation;
  readonly functions: WinFaxFunctions;
  /** The simulator's controls (leak counters, fault injection); undefined for the real winfax.dll. */
  readonly simulator: SimulatorControls | undefined;
  /** True when this is Windows' own winfax.dll, which serves only the local fax server. */
  readonly isWindowsFaxService: boolean;
  /**
   * Calls a BOOL function and, when it returns FALSE, reads the last error in the very next
   * native call, before any other code can overwrite it, and throws it as a FaxApiError.
   */
  invoke<K extends BoolFunctionName>(api: K, ...args: Parameters<WinFaxFunctions[K]>): void;
}

const loaded = new Map<string, WinFaxLibrary>();

export function loadWinFax(options: LoadOptions = {}): WinFaxLibrary {
  return loadWinFaxAt(resolveLibrary(options.libraryPath));
}

/** Loads the library at a location already resolved (see resolveLibrary). */
export function loadWinFaxAt(location: LibraryLocation): WinFaxLibrary {
  const cached = loaded.get(location.path);
  if (cached) return cached;
  const library = bind(location, openLibrary(location));
  loaded.set(location.path, library);
  return library;
}

function openLibrary(location: LibraryLocation): LibraryHandle {
  const what = describeSource(location);
  if (!existsSync(location.path)) {
    if (location.source === 'windows') {
      throw new FaxNotInstalledError(
        `The Windows Fax feature is not installed on this computer: ${location.path} (the Fax Service client) does not exist. ` +
          'Add the feature "Fax and Scan" (on Windows Server, the Fax Server role), or set FAXBRIDGE_LIBRARY to a winfax-compatible library.',
        [location.path],
      );
    }
    const hint =
      location.source === 'simulator'
        ? ' Build it with `npm run build` (needs a C compiler), or point FAXBRIDGE_LIBRARY at a winfax-compatible library.'
        : '';
    throw new FaxLibraryError(`FaxBridge found no fax library: looked for ${what}, which does not exist.${hint}`, [location.path]);
  }
  try {
    // Always a full path, so Windows' DLL search order (application folder, current directory)
    // never comes into it.
    return koffi.load(location.path);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new FaxLibraryError(`FaxBridge could not load ${what}: ${reason}.`, [location.path]);
  }
}

function bind(location: LibraryLocation, handle: LibraryHandle): WinFaxLibrary {
  const functions = declareAll<WinFaxFunctions>(handle, PROTOTYPES, location);
  const simulatorFunctions = tryDeclareAll<SimulatorFunctions>(handle, SIMULATOR_PROTOTYPES);
  const lastError = lastErrorReader(location, simulatorFunctions);
  const lastDiagnostic = (): string | undefined => simulatorFunctions?.FaxSimGetLastDiagnostic() || undefined;
  const calls = functions as unknown as Record<BoolFunctionName, (...args: unknown[]) => number>;

  return {
    location,
    functions,
    simulator: simulatorFunctions ? createSimulatorControls(simulatorFunctions) : undefined,
    // The simulator models named servers even when loaded as winfax.dll (the Wine tests do that).
    isWindowsFaxService: !simulatorFunctions && (location.source === 'windows' || process.platform === 'win32'),
    invoke(api, ...args) {
      if (calls[api](...args) !== 0) return;
      // The code first: it is what the next native call would overwrite.
      const code = lastError();
      throw new FaxApiError(api, code, { diagnostic: lastDiagnostic() });
    },
  };
}

function lastErrorReader(location: LibraryLocation, simulator: SimulatorFunctions | undefined): () => number {
  if (process.platform === 'win32') {
    // Windows libraries, the simulator's DLL build included, report through the thread's last error.
    const GetLastError = koffi.load('kernel32.dll').func('uint32_t __stdcall GetLastError()') as () => number;
    return GetLastError;
  }
  if (simulator) return () => simulator.FaxSimGetLastError();
  throw new FaxLibraryError(
    `${describeSource(location)} does not export FaxSimGetLastError: off Windows only the FaxBridge simulator can be used.`,
    [location.path],
  );
}

function declareAll<T>(handle: LibraryHandle, prototypes: Record<string, string>, location: LibraryLocation): T {
  const bound: Record<string, unknown> = {};
  for (const [name, prototype] of Object.entries(prototypes)) {
    try {
      bound[name] = handle.func(prototype);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new FaxLibraryError(`${describeSource(location)} lacks ${name}: ${reason}`, [location.path]);
    }
  }
  return bound as T;
}

function tryDeclareAll<T>(handle: LibraryHandle, prototypes: Record<string, string>): T | undefined {
  const bound: Record<string, unknown> = {};
  for (const [name, prototype] of Object.entries(prototypes)) {
    try {
      bound[name] = handle.func(prototype);
    } catch {
      return undefined;
    }
  }
  return bound as T;
}
