// Builds one platform's package: out/<platform>/FaxBridge/<version>/ laid out as PowerShell
// installs modules, and out/<platform>/FaxBridge.<version>.nupkg made from it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeComEx } from './comex.mjs';
import { inputsDigest } from './inputs.mjs';
import { writeModuleFiles } from './module-files.mjs';
import { bootstrapPackages, writeNotices } from './notices.mjs';
import { writeNupkg } from './nupkg.mjs';
import { NODE_VERSION, nodeLicense, writeRuntime } from './runtime.mjs';
import { writeSidecar } from './sidecar.mjs';
import { measure } from './sizes.mjs';
import { target as targetNamed } from './targets.mjs';

/**
 * @param reuse keep an existing build made from the same inputs (the tests use this; a release
 * build always starts afresh)
 */
export function buildPackage(root, platform, outRoot = path.join(root, 'out'), { reuse = false } = {}) {
  const target = targetNamed(platform);
  const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const cacheDir = path.join(root, 'build', 'package-cache');
  const platformDir = path.join(outRoot, platform);
  const moduleDir = path.join(platformDir, 'FaxBridge', version);
  const summaryFile = path.join(platformDir, 'sizes.json');
  const digest = inputsDigest(root, platform);
  if (reuse && existsSync(summaryFile)) {
    const previous = JSON.parse(readFileSync(summaryFile, 'utf8'));
    const nupkg = path.join(platformDir, `FaxBridge.${version}.nupkg`);
    if (previous.inputs === digest && existsSync(nupkg)) return { platform, version, moduleDir, nupkg, sizes: { rows: previous.rows, total: previous.total }, reused: true };
  }
  rmSync(platformDir, { recursive: true, force: true });
  mkdirSync(moduleDir, { recursive: true });

  writeModuleFiles(root, moduleDir, version);
  const sidecarDir = path.join(moduleDir, 'sidecar');
  const bundled = writeSidecar(root, sidecarDir, target, cacheDir, version);
  writeRuntime(moduleDir, target, cacheDir);
  const components = [
    { name: 'Node.js', version: NODE_VERSION, license: 'MIT (and the licenses of its dependencies, listed in its text)', licenseFile: nodeLicense(cacheDir), note: `runtime/${target.runtimeFile}, from the npm package ${target.nodePackage}.` },
    ...bundled.map((pkg) => ({ ...pkg, dir: pkg.licenseFrom ? path.join(sidecarDir, 'node_modules', pkg.licenseFrom) : pkg.dir })),
  ];
  let nugetPackages = [];
  if (target.comex) {
    const { edgeDir, bootstrapDir } = writeComEx(root, sidecarDir, target);
    const edgeVersion = JSON.parse(readFileSync(path.join(edgeDir, 'package.json'), 'utf8')).version;
    components.push({
      name: 'edge-js', version: edgeVersion, license: 'MIT', dir: edgeDir,
      note: `Its win32 folder also holds Microsoft's Visual C++ runtime DLLs (vcruntime140, msvcp140, concrt140, vccorlib140), redistributable under the Visual Studio license terms, as edge-js ships them.`,
    });
    nugetPackages = bootstrapPackages(bootstrapDir);
  }
  writeNotices(root, moduleDir, components, nugetPackages);

  const nupkg = writeNupkg(root, moduleDir, platformDir);
  const sizes = measure(moduleDir, nupkg);
  writeFileSync(summaryFile, `${JSON.stringify({ platform, version, node: NODE_VERSION, inputs: digest, ...sizes }, null, 2)}\n`);
  return { platform, version, moduleDir, nupkg, sizes, reused: false };
}
