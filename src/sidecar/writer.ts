// Writes one JSON message per line. Nothing else may write to the protocol stream.
import type { Writable } from 'node:stream';
import type { JsonRpcId } from './messages.js';

export class MessageWriter {
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly stream: Writable) {}

  write(message: unknown): void {
    // JSON.stringify escapes every newline inside strings, so one message is always one line.
    this.writeLine(JSON.stringify(message));
  }

  /** Writes a message already serialised by JSON.stringify (so it holds no raw newline). */
  writeLine(json: string): void {
    this.track(json + '\n');
  }

  /** Writes a success response around a result already serialised by JSON.stringify, as text or
   * as its UTF-8 bytes; bytes go out as they are, without being decoded and encoded again. */
  writeResult(id: JsonRpcId, json: string | Uint8Array): void {
    const head = `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":`;
    if (typeof json === 'string') return this.writeLine(`${head}${json}}`);
    // Corked, the three parts leave in one writev.
    this.stream.cork();
    this.stream.write(head);
    this.stream.write(json);
    this.track('}\n');
    this.stream.uncork();
  }

  /** Resolves once everything written so far has been handed to the operating system. */
  flushed(): Promise<void> {
    return this.last;
  }

  private track(chunk: string): void {
    this.last = new Promise((resolve) => {
      this.stream.write(chunk, () => resolve());
    });
  }
}
