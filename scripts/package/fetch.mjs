// Fetches an npm package as the registry serves it (`npm pack`), for any platform, and unpacks
// it once under build/package-cache/ so later package builds reuse it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export function fetchPackage(cacheDir, name, version) {
  const unpacked = path.join(cacheDir, `${name.replace('/', '+')}@${version}`);
  if (existsSync(path.join(unpacked, 'package.json'))) return unpacked;
  mkdirSync(cacheDir, { recursive: true });
  const packed = spawnSync('npm', ['pack', '--silent', `${name}@${version}`], { cwd: cacheDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = packed.stdout.trim().split('\n').pop();
  if (packed.status !== 0 || !tarball) throw new Error(`npm pack ${name}@${version} failed (exit ${packed.status})`);
  const partial = `${unpacked}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const untar = spawnSync('tar', ['xzf', path.join(cacheDir, tarball), '-C', partial, '--strip-components=1'], { stdio: 'inherit' });
  if (untar.status !== 0) throw new Error(`could not unpack ${tarball}`);
  rmSync(path.join(cacheDir, tarball));
  renameSync(partial, unpacked);
  return unpacked;
}
