#!/usr/bin/env node
// Two builds of FaxBridge benchmarked side by side in one run: `npm run bench`'s figures taken by
// each tree's own bench (dist/bench/run.js), round after round, the trees taking turns (A B, then
// B A, ...), so that both see the same machine load. Prints each ratio's median over the rounds
// (and its range) for both trees, and after / before.
//
//   node scripts/bench-compare.mjs --before ../naming-before [--after .] [--rounds 5]
//
// FAXBRIDGE_BENCH_RUNS (default 5 here) is the samples per figure in each round. Both trees must
// be built (`npx tsc -p tsconfig.json && npm run build` in each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: '.' },
    rounds: { type: 'string', default: '5' },
  },
});
if (!values.before) {
  process.stderr.write('usage: node scripts/bench-compare.mjs --before <tree> [--after <tree>] [--rounds N]\n');
  process.exit(2);
}
const trees = { before: path.resolve(values.before), after: path.resolve(values.after) };
const rounds = Number(values.rounds);
const runs = process.env.FAXBRIDGE_BENCH_RUNS ?? '5';
for (const [label, tree] of Object.entries(trees)) {
  if (!existsSync(path.join(tree, 'dist/bench/run.js'))) throw new Error(`${label}: ${tree} has no dist/bench/run.js; build it first`);
}

/** The ratios compared, each from one tree's results of one round. */
const RATIOS = {
  'sidecar cold start / node start': (r) => r.sidecar_cold_ms / r.node_floor_ms,
  'sidecar / in-process listing, 1,000 ports': (r) => r.sidecar_list_ms['1000'] / r.inproc_list_ms['1000'],
  'sidecar listing 10,000 / 1,000 ports': (r) => r.sidecar_list_ms['10000'] / r.sidecar_list_ms['1000'],
  ...Object.fromEntries(['10', '100', '1000', '10000'].map((n) => [`pwsh Get-FaxPort / pwsh floor, ${n} ports`, (r) => r.pwsh_list_ms[n] / r.pwsh_floor_ms[n]])),
  'warm Get-FaxPort -DeviceId / pwsh pipe floor': (r) => r.pwsh_get_port_ms / r.pwsh_ipc_floor_ms,
  'warm Get-FaxPort -DeviceId (ms)': (r) => r.pwsh_get_port_ms,
  'bare node start (ms)': (r) => r.node_floor_ms,
  'sidecar cold start (ms)': (r) => r.sidecar_cold_ms,
  'sidecar listing, 1,000 ports (ms)': (r) => r.sidecar_list_ms['1000'],
};

// Each tree's bench writes its payloads to the temporary folder under fixed names: a folder of
// our own keeps another bench running on the machine from sharing them.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-bench-compare-'));
const samples = { before: [], after: [] };
try {
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const label of order) {
      const tree = trees[label];
      const started = Date.now();
      const run = spawnSync(process.execPath, [path.join(tree, 'dist/bench/run.js')], {
        cwd: tree,
        env: { ...process.env, FAXBRIDGE_BENCH_RUNS: runs, TMPDIR: tmp },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (run.status !== 0) throw new Error(`${label} bench failed (exit ${run.status}):\n${run.stderr}${run.stdout}`);
      samples[label].push(JSON.parse(readFileSync(path.join(tree, 'bench/results.json'), 'utf8')));
      process.stderr.write(`round ${round + 1}/${rounds}: ${label} in ${((Date.now() - started) / 1000).toFixed(0)} s (load ${os.loadavg()[0].toFixed(2)})\n`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const cell = (xs) => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;

const rows = Object.entries(RATIOS).map(([name, of]) => {
  const before = samples.before.map(of);
  const after = samples.after.map(of);
  return [name, cell(before), cell(after), (median(after) / median(before)).toFixed(2)];
});
const header = ['figure', 'before: median (range)', 'after: median (range)', 'after / before'];
process.stdout.write(`${rounds} rounds, trees taking turns, ${runs} samples per figure per round\n`);
process.stdout.write(`before: ${trees.before}\nafter:  ${trees.after}\n\n`);
process.stdout.write([header, header.map(() => '---'), ...rows].map((cols) => `| ${cols.join(' | ')} |`).join('\n') + '\n');
