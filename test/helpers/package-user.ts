// Code that imports FaxBridge by its package name (`faxbridge/winfax`, `faxbridge/config`), as a
// dependent project would: a new node, an ES module script, run from the package root so that
// the package's own `exports` resolve it.
import { spawnSync } from 'node:child_process';
import { expect } from 'chai';
import { packageRoot } from '../../src/winfax/library-path.js';

/** Runs `script` so; returns what it printed, after checking that it exited 0. */
export function runAsPackageUser(script: string): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageRoot(), encoding: 'utf8' });
  expect(result.status, result.stderr).to.equal(0);
  return result.stdout;
}
