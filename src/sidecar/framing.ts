// Splits a byte stream into lines of at most MAX_LINE_BYTES, each decoded as strict UTF-8.
// Only framing: what a line means is the dispatcher's business.

// Room for a configuration document of a large fleet (configuration-schemas.ts), escaped as JSON,
// while an oversized line, held until it is known to be one, keeps the sidecar's memory bounded.
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export type Frame =
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'oversized'; readonly bytes: number }
  | { readonly kind: 'invalid-utf8' };

const NEWLINE = 0x0a;

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes of an oversized line seen so far; it is dropped up to its newline. */
  private discarded = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(private readonly maxLineBytes = MAX_LINE_BYTES) {}

  push(chunk: Buffer): Frame[] {
    const frames: Frame[] = [];
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE, start); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      this.accumulate(chunk.subarray(start, newline));
      const frame = this.finishLine();
      if (frame) frames.push(frame);
      start = newline + 1;
    }
    this.accumulate(chunk.subarray(start));
    return frames;
  }

  /** At end of input, an unterminated last line still counts as a line. */
  end(): Frame[] {
    const frame = this.pendingBytes > 0 || this.discarded > 0 ? this.finishLine() : undefined;
    return frame ? [frame] : [];
  }

  private accumulate(part: Buffer): void {
    if (part.length === 0) return;
    if (this.discarded > 0 || this.pendingBytes + part.length > this.maxLineBytes) {
      this.discarded += this.pendingBytes + part.length;
      this.pending = [];
      this.pendingBytes = 0;
      return;
    }
    this.pending.push(part);
    this.pendingBytes += part.length;
  }

  private finishLine(): Frame | undefined {
    if (this.discarded > 0) {
      const bytes = this.discarded;
      this.discarded = 0;
      return { kind: 'oversized', bytes };
    }
    const bytes = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      return { kind: 'invalid-utf8' };
    }
    if (text.endsWith('\r')) text = text.slice(0, -1);
    // Blank lines between messages carry nothing and get no answer.
    return text.trim() === '' ? undefined : { kind: 'line', text };
  }
}
