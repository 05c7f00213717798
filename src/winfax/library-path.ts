// Where the fax library comes from: an explicit option, FAXBRIDGE_LIBRARY, winfax.dll on Windows,
// and elsewhere the simulator that the install step builds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type LibrarySource = 'option' | 'environment' | 'windows' | 'simulator';

export interface LibraryLocation {
  /** What koffi.load receives: a path, or on Windows the bare name so the system search order applies. */
  readonly path: string;
  readonly source: LibrarySource;
}

export const LIBRARY_ENV = 'FAXBRIDGE_LIBRARY';
export const WINDOWS_LIBRARY = 'winfax.dll';

/** The folder holding FaxBridge's package.json, found from this module's own location. */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && isFaxBridgeManifest(manifest)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('FaxBridge cannot find its own package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

function isFaxBridgeManifest(file: string): boolean {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && (parsed as { name?: unknown }).name === 'faxbridge';
  } catch {
    return false;
  }
}

export function simulatorLibraryPath(platform: NodeJS.Platform = process.platform): string {
  const file = platform === 'darwin' ? 'libwinfaxsim.dylib' : platform === 'win32' ? 'winfax.dll' : 'libwinfaxsim.so';
  return path.join(packageRoot(), 'build', 'simulator', file);
}

export function resolveLibrary(
  libraryPath: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): LibraryLocation {
  if (libraryPath) return { path: path.resolve(libraryPath), source: 'option' };
  const fromEnv = env[LIBRARY_ENV];
  if (fromEnv) return { path: path.resolve(fromEnv), source: 'environment' };
  if (platform === 'win32') return { path: WINDOWS_LIBRARY, source: 'windows' };
  return { path: simulatorLibraryPath(platform), source: 'simulator' };
}

export function describeSource(location: LibraryLocation): string {
  switch (location.source) {
    case 'option':
      return `${location.path} (given as the library path option)`;
    case 'environment':
      return `${location.path} (from ${LIBRARY_ENV})`;
    case 'windows':
      return `${WINDOWS_LIBRARY} (the Windows Fax Service client, found by the system's DLL search order)`;
    case 'simulator':
      return `${location.path} (the winfax simulator built by the install step)`;
  }
}
