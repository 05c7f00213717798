// Writes one JSON message per line. Nothing else may write to the protocol stream.
import type { Writable } from 'node:stream';

export class MessageWriter {
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly stream: Writable) {}

  write(message: unknown): void {
    // JSON.stringify escapes every newline inside strings, so one message is always one line.
    this.writeLine(JSON.stringify(message));
  }

  /** Writes a message already serialised by JSON.stringify (so it holds no raw newline). */
  writeLine(json: string): void {
    const line = json + '\n';
    this.last = new Promise((resolve) => {
      this.stream.write(line, () => resolve());
    });
  }

  /** Resolves once everything written so far has been handed to the operating system. */
  flushed(): Promise<void> {
    return this.last;
  }
}
