#!/usr/bin/env node
// npm run package [-- --platform win32-x64|win32-arm64|linux-x64|all] [--out DIR] [--reuse]: builds the installable
// FaxBridge module for each platform asked (win32-x64, the release, by default) and prints the
// size of each component in the folder and in the .nupkg, under out/ or DIR. Run after `npm run build`.
// --reuse keeps a package already built from the same inputs (the installed-package tests use it).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPackage } from './package/build.mjs';
import { formatSizes } from './package/sizes.mjs';
import { DEFAULT_TARGET, TARGETS } from './package/targets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The gallery's limit is far above this; the budget keeps an install quick on a server.
const WIN32_X64_NUPKG_BUDGET = 40 * 1024 * 1024;

try {
  const { values } = parseArgs({ options: { platform: { type: 'string', multiple: true }, out: { type: 'string' }, reuse: { type: 'boolean' } } });
  const asked = values.platform ?? [DEFAULT_TARGET];
  const platforms = asked.includes('all') ? ['win32-x64', 'linux-x64'] : asked;
  for (const platform of platforms) {
    if (!TARGETS[platform]) throw new Error(`unknown platform "${platform}"; known: ${Object.keys(TARGETS).join(', ')}, all`);
  }
  let overBudget = false;
  for (const platform of platforms) {
    const built = buildPackage(root, platform, values.out ? path.resolve(values.out) : undefined, { reuse: values.reuse === true });
    console.log(`faxbridge package: ${built.reused ? 'reused (inputs unchanged)' : 'wrote'} ${path.relative(process.cwd(), built.moduleDir)} and ${path.relative(process.cwd(), built.nupkg)}`);
    console.log(formatSizes(platform, built.sizes));
    if (platform === 'win32-x64' && built.sizes.total.nupkgBytes > WIN32_X64_NUPKG_BUDGET) {
      console.error(`faxbridge package: the win32-x64 .nupkg is ${built.sizes.total.nupkgBytes} bytes, over its 40 MB budget`);
      overBudget = true;
    }
  }
  if (overBudget) process.exitCode = 1;
} catch (error) {
  console.error(`faxbridge package: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
