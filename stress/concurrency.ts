// Several processes set ports of one simulated server at once. Modify handles stay exclusive
// (the loser gets a clear "being modified" error), the persisted state is always valid, and it
// holds only writes that completed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withSession } from '../src/core/session.js';
import type { StressReport } from './report.js';
import type { StressWorld } from './world.js';

const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'concurrent-writer.js');

interface WriterResult {
  completed: { deviceId: number; tsid: string; priority: number }[];
  beingModified: number;
  other: string[];
}

function runWriter(index: number, iterations: number, env: NodeJS.ProcessEnv): Promise<WriterResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, String(index), String(iterations)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as WriterResult) : reject(new Error(`writer ${index} exited with ${code}`))));
  });
}

export async function concurrency(report: StressReport, world: StressWorld, writers: number, iterations: number): Promise<void> {
  report.section(`concurrency (${writers} processes × ${iterations} writes on one server)`);
  const results = await Promise.all(Array.from({ length: writers }, (_, i) => runWriter(i, iterations, world.env)));
  const completed = results.flatMap((r) => r.completed);
  const beingModified = results.reduce((n, r) => n + r.beingModified, 0);
  const other = results.flatMap((r) => r.other);
  report.figure('writes completed', completed.length);
  report.figure('refused: port being modified by another process', beingModified);
  report.check('no other error', other.length === 0, other.slice(0, 3).join('; '));
  report.check('modify exclusivity was exercised (some writer lost the race)', beingModified > 0);

  const ports = withSession({ server: 'CONTENDED' }, (s) => s.listPorts());
  const priorities = ports.map((p) => p.priority).sort((a, b) => a - b);
  report.check('the persisted state is valid and its priorities are a permutation of 1..n',
    priorities.join(',') === ports.map((_, i) => i + 1).join(','), priorities.join(','));
  const written = new Set(completed.map((w) => `${w.deviceId}:${w.tsid}`));
  const stray = ports.filter((p) => p.tsid.startsWith('W') && !written.has(`${p.deviceId}:${p.tsid}`));
  const untouched = ports.filter((p) => !p.tsid.startsWith('W'));
  report.check('every persisted TSID comes from a write that completed', stray.length === 0, stray.map((p) => p.tsid).join(', '));
  report.check('every port that was written holds a written value', untouched.every((p) => !completed.some((w) => w.deviceId === p.deviceId)));
}
