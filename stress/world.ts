// A fresh simulator state for each stress part, in its own temporary folder.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STATE_ENV } from '../src/simulator-state/state-path.js';
import { type SimServer, generatedPorts, writeStateFile } from '../src/simulator-state/state-file.js';
import { standardServers } from '../test/helpers/fixtures.js';

export interface StressWorld {
  readonly stateFile: string;
  readonly env: NodeJS.ProcessEnv;
  readState(): string;
}

export function stressWorld(extra: SimServer[] = []): StressWorld {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-stress-'));
  const stateFile = path.join(dir, 'state.tsv');
  writeStateFile(stateFile, [
    ...standardServers(),
    { name: 'SLOWSRV', latencyMs: 300, ports: generatedPorts(2) },
    ...extra,
  ]);
  process.env[STATE_ENV] = stateFile;
  return { stateFile, env: { ...process.env, [STATE_ENV]: stateFile }, readState: () => readFileSync(stateFile, 'utf8') };
}
