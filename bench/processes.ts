// The sidecar's resident memory (its cold start is in cold.ts, beside node's).
import { readFileSync } from 'node:fs';
import { SidecarClient } from '../test/helpers/sidecar.js';

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
