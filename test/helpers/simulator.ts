// Each test gets its own simulator state file in a temporary folder, named by FAXBRIDGE_SIM_STATE.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadWinFax, type WinFaxLibrary } from '../../src/winfax/library.js';
import type { SimulatorControls } from '../../src/winfax/simulator.js';
import { type SimServer, writeStateFile } from '../../src/simulator-state/state-file.js';
import { standardServers } from './fixtures.js';

import { STATE_ENV } from '../../src/simulator-state/state-path.js';

export { STATE_ENV };

export interface SimulatorFixture {
  readonly dir: string;
  readonly stateFile: string;
  readonly library: WinFaxLibrary;
  readonly controls: SimulatorControls;
  readState(): string;
  /** An environment for child processes that points at this state. */
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
}

/** Registers mocha hooks that give every test a fresh state and check nothing leaked after it. */
export function useSimulator(servers: () => SimServer[] = standardServers): SimulatorFixture {
  const fixture = {} as { -readonly [K in keyof SimulatorFixture]: SimulatorFixture[K] };
  let previous: string | undefined;

  beforeEach(function () {
    fixture.dir = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-test-'));
    fixture.stateFile = path.join(fixture.dir, 'state.tsv');
    writeStateFile(fixture.stateFile, servers());
    previous = process.env[STATE_ENV];
    process.env[STATE_ENV] = fixture.stateFile;
    fixture.library = loadWinFax();
    const controls = fixture.library.simulator;
    if (!controls) throw new Error('the loaded fax library is not the simulator');
    fixture.controls = controls;
    controls.clearFaults();
    fixture.readState = () => readFileSync(fixture.stateFile, 'utf8');
    fixture.env = (extra = {}) => ({ ...process.env, [STATE_ENV]: fixture.stateFile, ...extra });
  });

  afterEach(function () {
    fixture.controls.clearFaults();
    const leaks = fixture.controls.stats();
    if (previous === undefined) delete process.env[STATE_ENV];
    else process.env[STATE_ENV] = previous;
    rmSync(fixture.dir, { recursive: true, force: true });
    // A test that failed already has its own message; a leak after a passing test fails it here.
    if (this.currentTest?.state !== 'failed') {
      expect(leaks, 'live handles and unfreed buffers after the test').to.deep.equal({ serverHandles: 0, portHandles: 0, unfreedBuffers: 0 });
    }
  });

  return fixture;
}
