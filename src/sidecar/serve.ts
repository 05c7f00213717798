// `faxbridge serve`: wires stdin → framing → dispatch → stdout, and shuts down cleanly on
// `shutdown`, end of input, SIGTERM or SIGINT, closing every server connection it holds.
import type { Readable, Writable } from 'node:stream';
import { Dispatcher } from './dispatcher.js';
import { LineSplitter } from './framing.js';
import { ServerPool } from './server-pool.js';
import { MessageWriter } from './writer.js';

/** How long requests already running may take to finish once a shutdown has begun. */
const DRAIN_LIMIT_MS = 10_000;

export async function serve(input: Readable = process.stdin, output: Writable = process.stdout): Promise<void> {
  const writer = new MessageWriter(output);
  const pool = new ServerPool();
  let stop!: (reason: string) => void;
  const stopped = new Promise<string>((resolve) => {
    stop = resolve;
  });
  const dispatcher: Dispatcher = new Dispatcher(writer, {
    pool,
    naming: 'protocol',
    // Refuse what follows a shutdown at once, even requests already read in the same chunk.
    requestShutdown: () => {
      dispatcher.startClosing();
      stop('shutdown requested');
    },
  });
  const splitter = new LineSplitter();

  const onData = (chunk: Buffer): void => {
    for (const frame of splitter.push(chunk)) dispatcher.handleFrame(frame);
  };
  const onEnd = (): void => {
    for (const frame of splitter.end()) dispatcher.handleFrame(frame);
    stop('end of input');
  };
  const onSignal = (signal: NodeJS.Signals): void => stop(signal);
  input.on('data', onData);
  input.on('end', onEnd);
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);

  const reason = await stopped;
  dispatcher.startClosing();
  await Promise.race([dispatcher.drain(), new Promise((resolve) => setTimeout(resolve, DRAIN_LIMIT_MS).unref())]);
  await pool.closeAll();
  await writer.flushed();
  input.off('data', onData);
  input.off('end', onEnd);
  input.destroy();
  process.off('SIGTERM', onSignal);
  process.off('SIGINT', onSignal);
  process.stderr.write(`faxbridge serve: stopped (${reason})\n`);
}
