#!/usr/bin/env node
// node scripts/package/measure-start.mjs [out/linux-x64/FaxBridge/<version>]: the measurement
// behind shipping node's binary as it is rather than as a single executable (README, Install).
// It makes a Node SEA of a one-line script from the package's own node (postject, fetched by
// npx), then times, in turn, 21 starts each of that script under node and as the SEA, and 21
// starts of the packaged sidecar up to its handshake reply; it prints sizes and medians.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const moduleDir = path.resolve(process.argv[2] ?? path.join(root, 'out', 'linux-x64', 'FaxBridge', readdirSync(path.join(root, 'out', 'linux-x64', 'FaxBridge'))[0] ?? ''));
const node = path.join(moduleDir, 'runtime', 'node');
const RUNS = 21;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const elapsed = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function startSync(file, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${file} failed: ${result.stderr}`);
  return elapsed(start);
}

function sidecarHandshake() {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(node, [path.join(moduleDir, 'sidecar', 'dist', 'src', 'cli', 'main.js'), 'serve']);
    child.on('error', reject);
    child.stdout.once('data', () => {
      const ms = elapsed(start);
      child.on('exit', () => resolve(ms));
      child.stdin.end();
    });
    child.stdin.write('{"jsonrpc":"2.0","id":0,"method":"handshake","params":{"naming":"powershell"}}\n');
  });
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-sea-'));
try {
  const script = path.join(scratch, 'hello.js');
  writeFileSync(script, 'console.log("ready");\n');
  writeFileSync(path.join(scratch, 'sea.json'), JSON.stringify({ main: script, output: path.join(scratch, 'hello.blob'), disableExperimentalSEAWarning: true, useCodeCache: true }));
  const prepared = spawnSync(node, ['--experimental-sea-config', path.join(scratch, 'sea.json')], { encoding: 'utf8' });
  if (prepared.status !== 0) throw new Error(`node --experimental-sea-config failed: ${prepared.stderr}`);
  const sea = path.join(scratch, 'hello-sea');
  copyFileSync(node, sea);
  const injected = spawnSync('npx', ['--yes', 'postject@1.0.0-alpha.6', sea, 'NODE_SEA_BLOB', path.join(scratch, 'hello.blob'), '--sentinel-fuse', 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'], { encoding: 'utf8' });
  if (injected.status !== 0) throw new Error(`postject failed: ${injected.stderr}`);

  const plain = [];
  const single = [];
  const handshakes = [];
  for (let i = 0; i < RUNS; i += 1) {
    plain.push(startSync(node, [script]));
    single.push(startSync(sea, []));
    handshakes.push(await sidecarHandshake());
  }
  console.log(`node binary ${statSync(node).size} B; SEA of a one-line script ${statSync(sea).size} B`);
  console.log(`one-line script, median of ${RUNS}: node ${median(plain).toFixed(1)} ms, SEA ${median(single).toFixed(1)} ms`);
  console.log(`packaged sidecar, spawn to handshake reply, median of ${RUNS}: ${median(handshakes).toFixed(1)} ms (${Math.min(...handshakes).toFixed(1)}-${Math.max(...handshakes).toFixed(1)})`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
