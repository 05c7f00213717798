// Several processes set ports of one simulated server at once. Modify handles stay exclusive
// (the loser gets a clear "being modified" error), the persisted state is always valid, and it
// holds only writes that completed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withSession } from '../src/core/session.js';
import { type RpcResponse, SidecarClient } from '../test/helpers/sidecar.js';
import type { StressReport } from './report.js';
import type { StressWorld } from './world.js';

const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'concurrent-writer.js');
const JOB_CONTENDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'job-contender.js');

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

interface ContenderResult {
  succeeded: number;
  changedMeanwhile: number;
  goneMeanwhile: number;
  deleted: number[];
  other: string[];
}

function runContender(args: string[], env: NodeJS.ProcessEnv): Promise<ContenderResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [JOB_CONTENDER, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as ContenderResult) : reject(new Error(`job contender ${args[0]} exited with ${code}`))));
  });
}

/**
 * Two processes on the same jobs of one server: both pause and resume each, then one deletes it.
 * Every refusal must be the job's own (changed or gone meanwhile), every job deleted once, and the
 * jobs neither touched stay as they were. `server` holds jobs 1..contended+untouched.
 */
export async function jobConcurrency(report: StressReport, world: StressWorld, server: string, contended: number, untouched: number): Promise<void> {
  report.section(`job concurrency (two processes pausing and deleting the same ${contended} jobs)`);
  const others = (): string => JSON.stringify(withSession({ server }, (s) => s.listJobs()).filter((j) => j.id > contended));
  const before = others();
  const [pauser, deleter] = await Promise.all(
    ['pauser', 'deleter'].map((role) => runContender([role, '1', String(contended), '4', server], world.env)),
  );
  if (!pauser || !deleter) throw new Error('a job contender gave no result');
  report.figure('calls that succeeded', pauser.succeeded + deleter.succeeded);
  report.figure('refused: job changed meanwhile (JobStateError)', pauser.changedMeanwhile + deleter.changedMeanwhile);
  report.figure('refused: job gone meanwhile (JobNotFoundError)', pauser.goneMeanwhile + deleter.goneMeanwhile);
  const other = [...pauser.other, ...deleter.other];
  report.check('no other error', other.length === 0, other.slice(0, 3).join('; '));
  report.check('every contended job was deleted exactly once', deleter.deleted.length === contended && new Set(deleter.deleted).size === contended,
    `${deleter.deleted.length} deletions`);
  const left = withSession({ server }, (s) => s.listJobs());
  report.check('no contended job is left in the queue', left.every((j) => j.id > contended), left.filter((j) => j.id <= contended).map((j) => j.id).join(', '));
  report.check(`the ${untouched} jobs neither process touched are as they were`, others() === before && left.length === untouched);
}

/**
 * The same race through two sidecars, as two PowerShell sessions would run it: one pauses and
 * resumes each job while the other cancels it, all requests in flight at once. A refusal must be
 * the job's own (JobState or JobNotFound), every cancel must succeed once, nothing must leak.
 */
export async function sidecarJobConcurrency(report: StressReport, world: StressWorld, server: string, contended: number, untouched: number): Promise<void> {
  report.section(`job concurrency through two sidecars (pausing and cancelling the same ${contended} jobs)`);
  const others = (): string => JSON.stringify(withSession({ server }, (s) => s.listJobs()).filter((j) => j.id > contended));
  const before = others();
  const pauser = new SidecarClient(world.env);
  const canceller = new SidecarClient(world.env);
  try {
    const ids = Array.from({ length: contended }, (_, i) => i + 1);
    const types = new Map<string, number>();
    const count = (response: RpcResponse): void => {
      const type = response.error ? String(response.error.data?.['type'] ?? response.error.code) : 'ok';
      types.set(type, (types.get(type) ?? 0) + 1);
    };
    const pausing = ids.map(async (id) => {
      for (let round = 0; round < 4; round += 1) {
        count(await pauser.call('job.pause', { server, id }));
        count(await pauser.call('job.resume', { server, id }));
      }
    });
    const cancels = await Promise.all(ids.map((id) => canceller.call('job.cancel', { server, id })));
    await Promise.all(pausing);
    report.figure('answers', [...types].map(([type, n]) => `${type} ${n}`).join(', '));
    const unexpected = [...types.keys()].filter((type) => !['ok', 'JobState', 'JobNotFound'].includes(type));
    report.check('every refusal is the job\'s own (JobState, JobNotFound)', unexpected.length === 0, unexpected.join(', '));
    report.check('every cancel succeeded', cancels.every((r) => r.error === undefined), cancels.filter((r) => r.error).map((r) => r.error?.message).slice(0, 2).join('; '));
    const left = withSession({ server }, (s) => s.listJobs());
    report.check('no contended job is left in the queue', left.every((j) => j.id > contended), left.filter((j) => j.id <= contended).map((j) => j.id).join(', '));
    report.check(`the ${untouched} jobs neither sidecar touched are as they were`, others() === before && left.length === untouched);
    const stats = await Promise.all([pauser, canceller].map(async (c) => (await c.call('simulator.stats', {})).result as { portHandles: number; unfreedBuffers: number }));
    report.check('no buffer or port handle left in either sidecar', stats.every((s) => s.portHandles === 0 && s.unfreedBuffers === 0), JSON.stringify(stats));
  } finally {
    await Promise.all([pauser.stop(), canceller.stop()]);
  }
}
