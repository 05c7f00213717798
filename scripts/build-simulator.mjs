#!/usr/bin/env node
// Builds the winfax simulator (simulator/src/*.c) into build/simulator/ with the machine's C
// compiler. Run by the package's install step. On Windows, or without a C compiler, it is
// skipped with one line, since winfax.dll itself is used there or nothing can be built.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = path.join(root, 'simulator', 'src');
const outputDir = path.join(root, 'build', 'simulator');

function skip(reason) {
  console.log(`faxbridge: simulator build skipped (${reason})`);
  process.exit(0);
}

function findCompiler() {
  const candidates = [process.env.CC, 'cc', 'gcc', 'clang'].filter(Boolean);
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['--version'], { stdio: 'ignore' });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

if (process.platform === 'win32') skip('Windows uses its own winfax.dll');
const compiler = findCompiler();
if (!compiler) skip('no C compiler found: set CC or install gcc');

const library = path.join(outputDir, process.platform === 'darwin' ? 'libwinfaxsim.dylib' : 'libwinfaxsim.so');
const files = readdirSync(sources).filter((f) => f.endsWith('.c')).sort().map((f) => path.join(sources, f));
mkdirSync(outputDir, { recursive: true });
const args = ['-std=c11', '-O2', '-g', '-fPIC', '-shared', '-Wall', '-Wextra', '-Werror', '-fvisibility=hidden', '-pthread', '-o', library, ...files];
const build = spawnSync(compiler, args, { stdio: 'inherit' });
if (build.status !== 0) {
  console.error(`faxbridge: simulator build failed (${compiler} exited with ${build.status ?? build.signal})`);
  process.exit(1);
}
console.log(`faxbridge: built ${path.relative(root, library)} with ${compiler}`);
