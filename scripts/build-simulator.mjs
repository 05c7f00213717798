#!/usr/bin/env node
// Builds the winfax simulator (simulator/src/*.c) into build/simulator/ with the machine's C
// compiler. Run by the package's install step. On Windows, or without a C compiler, it is
// skipped with one line, since winfax.dll itself is used there or nothing can be built.
// With --windows it cross-compiles the same sources with mingw-w64 into build/windows/winfax.dll,
// a DLL with the Windows calling convention that reports errors through SetLastError, for the
// tests that run the binding as Windows code under Wine.
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

/** The sources for one platform: everything but the other platform's layer. */
function sourcesFor(platformFile) {
  return readdirSync(sources)
    .filter((f) => f.endsWith('.c') && (!f.startsWith('platform_') || f === platformFile))
    .sort()
    .map((f) => path.join(sources, f));
}

const windows = process.argv.includes('--windows');
let compiler;
let library;
let args;
if (windows) {
  compiler = 'x86_64-w64-mingw32-gcc';
  if (spawnSync(compiler, ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.error('faxbridge: the Windows build needs mingw-w64 (Debian: apt-get install gcc-mingw-w64-x86-64)');
    process.exit(1);
  }
  library = path.join(root, 'build', 'windows', 'winfax.dll');
  // --kill-at exports the plain names (no @N decoration), as winfax.dll does.
  args = ['-std=c11', '-O2', '-shared', '-Wall', '-Wextra', '-Werror', '-static-libgcc', '-Wl,--kill-at', '-o', library, ...sourcesFor('platform_windows.c')];
} else {
  if (process.platform === 'win32') skip('Windows uses its own winfax.dll');
  compiler = findCompiler();
  if (!compiler) skip('no C compiler found: set CC or install gcc');
  library = path.join(outputDir, process.platform === 'darwin' ? 'libwinfaxsim.dylib' : 'libwinfaxsim.so');
  args = ['-std=c11', '-O2', '-g', '-fPIC', '-shared', '-Wall', '-Wextra', '-Werror', '-fvisibility=hidden', '-pthread', '-o', library, ...sourcesFor('platform_posix.c')];
}
mkdirSync(path.dirname(library), { recursive: true });
const build = spawnSync(compiler, args, { stdio: 'inherit' });
if (build.status !== 0) {
  console.error(`faxbridge: simulator build failed (${compiler} exited with ${build.status ?? build.signal})`);
  process.exit(1);
}
console.log(`faxbridge: built ${path.relative(root, library)} with ${compiler}`);
