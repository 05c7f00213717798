// The sidecar as the package runs it: a package.json (how the sidecar finds its own root), the
// compiled JavaScript of src/ without declarations or source maps, the production dependencies
// as package-lock.json resolved them with only what runs (JavaScript, JSON, native builds and
// licenses), the configuration schema, koffi's native build for the target platform, and off
// Windows the simulator.
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fetchPackage } from './fetch.mjs';

const RUNTIME_FILE = /\.(js|cjs|mjs|json|node)$/;
const LICENSE_FILE = /^(licen[cs]e|copying|notice)(-[a-z0-9.]+)?(\.(md|txt))?$/i;
const DECLARATION = /\.d\.[cm]?ts$/;
// Test suites some packages publish (fast-uri's test/, json-schema-traverse's spec/): not run.
const TEST_FOLDER = /\/node_modules\/(@[^/]+\/)?[^/]+\/(test|tests|spec|__tests__)$/;
const TEST_FILE = /\.(test|spec)\.[cm]?js$/;
// Parts of packages that hold sources, headers or build tooling rather than what node loads.
const NOT_RUNTIME = ['koffi/vendor', 'koffi/lib', 'koffi/doc', 'koffi/cnoke.cjs'];

function runtimeFilter(file) {
  const posix = file.replaceAll('\\', '/');
  if (NOT_RUNTIME.some((part) => posix.endsWith(`node_modules/${part}`))) return false;
  if (statSync(file).isDirectory()) return !TEST_FOLDER.test(posix);
  const base = path.basename(file);
  return LICENSE_FILE.test(base) || (RUNTIME_FILE.test(base) && !DECLARATION.test(base) && !TEST_FILE.test(base));
}

/** Copies a package (or any folder) keeping only what node loads and its license. */
export function copyRuntimeFiles(from, to, filter = runtimeFilter) {
  cpSync(from, to, { recursive: true, filter });
}

/** Production packages from package-lock.json: neither dev nor optional (those are chosen per target). */
export function productionPackages(root) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  return Object.entries(lock.packages ?? {})
    .filter(([location, entry]) => location.startsWith('node_modules/') && !entry.dev && !entry.devOptional && !entry.optional)
    .map(([location, entry]) => ({ location, name: entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 13), version: entry.version, license: entry.license }));
}

export function writeSidecar(root, sidecarDir, target, cacheDir, version) {
  const built = path.join(root, 'dist', 'src');
  if (!existsSync(path.join(built, 'cli', 'main.js'))) throw new Error('the sidecar is not built; run "npm run build" first');
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  // Only what node reads at run time: the name the sidecar looks for, the version its handshake
  // reports, and the module type.
  mkdirSync(sidecarDir, { recursive: true });
  writeFileSync(path.join(sidecarDir, 'package.json'), `${JSON.stringify({ name: manifest.name, version, description: manifest.description, license: manifest.license, private: true, type: manifest.type }, null, 2)}\n`);
  cpSync(built, path.join(sidecarDir, 'dist', 'src'), { recursive: true, filter: (file) => statSync(file).isDirectory() || (file.endsWith('.js') && !file.endsWith('.d.js')) });
  // The configuration document's schema, which the sidecar reads at run time (src/config/schema.ts:
  // ../../../schemas from dist/src/config), as the published contract rather than a copy in code.
  cpSync(path.join(root, 'schemas'), path.join(sidecarDir, 'schemas'), { recursive: true, filter: (file) => statSync(file).isDirectory() || file.endsWith('.json') });

  const bundled = [];
  for (const pkg of productionPackages(root)) {
    const source = path.join(root, pkg.location);
    if (!existsSync(source)) throw new Error(`${pkg.location} is in package-lock.json but not installed; run "npm ci"`);
    copyRuntimeFiles(source, path.join(sidecarDir, pkg.location));
    bundled.push({ ...pkg, dir: path.join(sidecarDir, pkg.location) });
  }

  // koffi loads node_modules/@koromix/koffi-<platform>; npm installs only the host's, so the
  // target's comes from the registry at koffi's own version.
  const koffiVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'koffi', 'package.json'), 'utf8')).version;
  const koffiNative = fetchPackage(cacheDir, target.koffiPackage, koffiVersion);
  const koffiDir = path.join(sidecarDir, 'node_modules', ...target.koffiPackage.split('/'));
  // The bundled node is glibc's on Linux, so koffi's musl build would never load.
  copyRuntimeFiles(koffiNative, koffiDir, (file) => !/[\\/]musl_/.test(file) && runtimeFilter(file));
  bundled.push({ location: `node_modules/${target.koffiPackage}`, name: target.koffiPackage, version: koffiVersion, license: 'MIT', dir: koffiDir, licenseFrom: 'koffi' });

  if (target.simulator) {
    const simulator = path.join(root, 'build', 'simulator');
    if (!existsSync(simulator)) throw new Error('the winfax simulator is not built; run "npm run build" first');
    cpSync(simulator, path.join(sidecarDir, 'build', 'simulator'), { recursive: true, filter: (file) => statSync(file).isDirectory() || /\.(so|dylib)$/.test(file) });
  }
  return bundled;
}
