// Where the simulator keeps its state: the same rule as simulator/src (see simulator/README.md).
import os from 'node:os';
import path from 'node:path';

export const STATE_ENV = 'FAXBRIDGE_SIM_STATE';

export function simulatorStatePath(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env[STATE_ENV];
  if (explicit) return path.resolve(explicit);
  const stateHome = env['XDG_STATE_HOME'] || path.join(env['HOME'] || os.homedir(), '.local', 'state');
  return path.join(stateHome, 'faxbridge', 'simulator-state.tsv');
}
