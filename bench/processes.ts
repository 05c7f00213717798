// Process-level figures: bare node start, sidecar cold start, sidecar resident memory.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI } from '../test/helpers/cli.js';
import { SidecarClient } from '../test/helpers/sidecar.js';
import { type Summary, elapsedMs, measure, summarize } from './stats.js';

export async function nodeFloor(runs: number): Promise<Summary> {
  return measure(runs, () => {
    const result = spawnSync(process.execPath, ['-e', '0']);
    if (result.status !== 0) throw new Error('node -e 0 failed');
  });
}

/** From spawning `faxbridge serve` to its first answer (a handshake). */
export async function sidecarCold(runs: number, env: NodeJS.ProcessEnv): Promise<Summary> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, 'serve'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    child.stdin.write('{"jsonrpc":"2.0","id":1,"method":"handshake"}\n');
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`sidecar exited with ${code} before answering`)));
    });
    const ms = elapsedMs(start);
    if (i >= 2) samples.push(ms);
    child.stdin.end();
    await new Promise((resolve) => child.once('exit', resolve));
  }
  return summarize(samples);
}

export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

export async function sidecarRss(env: NodeJS.ProcessEnv, bigServer: string): Promise<{ idle: number; afterList: number }> {
  const sidecar = new SidecarClient(env);
  try {
    await sidecar.call('handshake', {});
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idle = residentMb(sidecar.process.pid as number);
    const listed = await sidecar.call('port.list', { server: bigServer });
    if (listed.error) throw new Error(listed.error.message);
    const afterList = residentMb(sidecar.process.pid as number);
    return { idle, afterList };
  } finally {
    await sidecar.stop();
  }
}
