// Where the fax library comes from: an explicit option, FAXBRIDGE_LIBRARY, on Windows the system
// folder's winfax.dll, and elsewhere the simulator that the install step builds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type LibrarySource = 'option' | 'environment' | 'windows' | 'simulator';

export interface LibraryLocation {
  /** What koffi.load receives: always a full path (see windowsLibraryPath). */
  readonly path: string;
  readonly source: LibrarySource;
}

export const LIBRARY_ENV = 'FAXBRIDGE_LIBRARY';
export const WINDOWS_LIBRARY = 'winfax.dll';

/**
 * Windows' own winfax.dll, by its full path in the system folder. Never the bare name: that follows
 * the DLL search order (the application's folder, then the current directory after the system
 * folders), so on a server without the Fax feature a winfax.dll left in the folder an administrator
 * runs a script from would be loaded into an elevated process.
 */
export function windowsLibraryPath(env: NodeJS.ProcessEnv = process.env): string {
  // SystemRoot is set for every Windows process; C:\Windows is its value on a standard install.
  const systemRoot = env['SystemRoot'] ?? env['SYSTEMROOT'] ?? env['windir'] ?? 'C:\\Windows';
  return path.win32.join(systemRoot, 'System32', WINDOWS_LIBRARY);
}

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
  if (platform === 'win32') return { path: windowsLibraryPath(env), source: 'windows' };
  return { path: simulatorLibraryPath(platform), source: 'simulator' };
}

export function describeSource(location: LibraryLocation): string {
  switch (location.source) {
    case 'option':
      return `${location.path} (given as the library path option)`;
    case 'environment':
      return `${location.path} (from ${LIBRARY_ENV})`;
    case 'windows':
      return `${location.path} (the Windows Fax Service client in the system folder)`;
    case 'simulator':
      return `${location.path} (the winfax simulator built by the install step)`;
  }
}
