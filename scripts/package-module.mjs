#!/usr/bin/env node
// npm run package: lays out out/FaxBridge/, an installable PowerShell module folder holding the
// manifest, the PowerShell files and the sidecar with its production dependencies, so that
// `Import-Module FaxBridge` works once out/ is on PSModulePath. Run after `npm run build`.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'out', 'FaxBridge');
const sidecar = path.join(target, 'sidecar');

function fail(message) {
  console.error(`faxbridge package: ${message}`);
  process.exit(1);
}

if (!existsSync(path.join(root, 'dist', 'src', 'cli', 'main.js'))) fail('the sidecar is not built; run "npm run build" first');

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });

// powershell/ is the module folder as it ships, its manifest FaxBridge.psd1 included.
for (const entry of ['FaxBridge.psd1', 'FaxBridge.psm1', 'FaxBridge.Format.ps1xml', 'Public', 'Private', 'en-US']) {
  cpSync(path.join(root, 'powershell', entry), path.join(target, entry), { recursive: true });
}

// The sidecar: its package.json (which is how it finds its own root), the compiled sources
// (not the tests), the simulator library when one was built, and the production dependencies
// exactly as package-lock.json resolved them.
cpSync(path.join(root, 'package.json'), path.join(sidecar, 'package.json'));
cpSync(path.join(root, 'dist', 'src'), path.join(sidecar, 'dist', 'src'), { recursive: true });
if (existsSync(path.join(root, 'build', 'simulator'))) {
  cpSync(path.join(root, 'build', 'simulator'), path.join(sidecar, 'build', 'simulator'), { recursive: true });
}
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
let copied = 0;
for (const [location, entry] of Object.entries(lock.packages ?? {})) {
  if (!location.startsWith('node_modules/') || entry.dev || entry.optional) continue;
  const source = path.join(root, location);
  if (!existsSync(source)) fail(`${location} is in package-lock.json but not installed; run "npm ci"`);
  cpSync(source, path.join(sidecar, location), { recursive: true });
  copied += 1;
}
console.log(`faxbridge package: wrote ${path.relative(root, target)} (module, sidecar and ${copied} production packages)`);
