// One simulator state for the whole benchmark: a server per size, so one sidecar serves them all.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generatedPorts, writeStateFile } from '../src/simulator-state/state-file.js';

export const SIZES = [10, 100, 1000, 10000] as const;
export type Size = (typeof SIZES)[number];

export function serverFor(size: number): string {
  return `BENCH${size}`;
}

export function writeBenchWorld(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-bench-'));
  const file = path.join(dir, 'state.tsv');
  writeStateFile(file, [
    { name: 'local', ports: generatedPorts(4) },
    ...SIZES.map((size) => ({ name: serverFor(size), ports: generatedPorts(size) })),
  ]);
  return file;
}
