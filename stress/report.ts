// Collects the stress suite's checks and figures, prints them, and decides the exit code.

export class StressReport {
  private failures = 0;

  section(title: string): void {
    process.stdout.write(`\n${title}\n`);
  }

  figure(name: string, value: number | string): void {
    this.say(`  ${name.padEnd(44)} ${value}`);
  }

  check(name: string, ok: boolean, detail = ''): void {
    if (!ok) this.failures += 1;
    this.say(`  ${ok ? 'ok    ' : 'FAILED'}  ${name}${detail ? `: ${detail}` : ''}`);
  }

  get failed(): number {
    return this.failures;
  }

  private say(line: string): void {
    process.stdout.write(line + '\n');
  }
}
