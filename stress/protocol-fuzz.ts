// Thousands of malformed or hostile messages at a real sidecar: each gets the right JSON-RPC
// error (or, for a notification, no answer), memory stays bounded, and a valid request is
// still answered afterwards. Then duplicate ids, and requests after shutdown.
import { residentMb } from '../bench/processes.js';
import { SidecarClient } from '../test/helpers/sidecar.js';
import { hostileMessages } from './hostile-messages.js';
import type { StressReport } from './report.js';
import type { StressWorld } from './world.js';

export async function protocolFuzz(report: StressReport, world: StressWorld, count: number, seed: number): Promise<void> {
  report.section(`protocol fuzz (${count} messages, seed ${seed})`);
  const sidecar = new SidecarClient(world.env);
  const wrong = new Map<string, number>();
  const kinds = new Map<string, number>();
  let answered = 0;
  let firstRss = 0;
  let maxRss = 0;
  let i = 0;
  try {
    await sidecar.call('handshake', {});
    for (const message of hostileMessages(count, seed)) {
      kinds.set(message.kind, (kinds.get(message.kind) ?? 0) + 1);
      const before = sidecar.responses.length;
      sidecar.sendRaw(message.bytes);
      if (message.expectedCode === null) {
        // A notification gets no answer: the next answer must be the ping's.
        const ping = sidecar.send('handshake', {}, `ping-${i}`);
        const [reply] = (await sidecar.waitFor(before + 1)).slice(before);
        if (reply?.id !== ping) wrong.set(message.kind, (wrong.get(message.kind) ?? 0) + 1);
      } else {
        const [reply] = (await sidecar.waitFor(before + 1)).slice(before);
        answered += 1;
        if (reply?.error?.code !== message.expectedCode) wrong.set(message.kind, (wrong.get(message.kind) ?? 0) + 1);
      }
      // Keep the client's own memory flat: only the answers still to be read matter.
      sidecar.responses.length = 0;
      i += 1;
      if (i % 1000 === 0) {
        const rss = residentMb(sidecar.process.pid as number);
        if (firstRss === 0) firstRss = rss;
        maxRss = Math.max(maxRss, rss);
      }
    }
    const valid = await sidecar.call('port.get', { deviceId: 65537 });
    report.figure('messages tried', count);
    report.figure('kinds', [...kinds.entries()].map(([k, n]) => `${k} ${n}`).join(', '));
    report.figure('answered with an error', answered);
    report.figure('sidecar RSS after 1,000 / max (MB)', `${firstRss.toFixed(1)} / ${maxRss.toFixed(1)}`);
    report.check('every message got the right error or, for notifications, none', wrong.size === 0, [...wrong.entries()].map(([k, n]) => `${k}: ${n}`).join(', '));
    report.check('a valid request is answered after the fuzz', (valid.result as { deviceId?: number } | undefined)?.deviceId === 65537);
    report.check('memory stays bounded (growth after the first 1,000 messages under 64 MB)', maxRss - firstRss < 64, `${(maxRss - firstRss).toFixed(1)} MB`);

    // Duplicate ids: the second request with an id still running is refused; the first completes.
    sidecar.responses.length = 0;
    sidecar.send('port.list', { server: 'SLOWSRV' }, 'dup');
    sidecar.send('port.list', { server: 'SLOWSRV' }, 'dup');
    const pair = await sidecar.waitFor(2);
    report.check('a duplicate id of a running request is refused with -32600, the first still answered',
      pair[0]?.error?.code === -32600 && Array.isArray(pair[1]?.result));

    // After shutdown: what follows in the same write is refused, then the process exits 0.
    sidecar.responses.length = 0;
    const late = Array.from({ length: 50 }, (_, n) => `{"jsonrpc":"2.0","id":"late-${n}","method":"handshake"}`).join('\n');
    sidecar.sendRaw(`{"jsonrpc":"2.0","id":"bye","method":"shutdown"}\n${late}\n`);
    const code = await sidecar.exited;
    const refused = sidecar.responses.filter((r) => r.error?.code === -32005).length;
    report.check('requests after shutdown are refused with -32005 and the sidecar exits 0', refused === 50 && code === 0, `${refused} refused, exit ${code}`);
  } finally {
    await sidecar.stop();
  }
}
