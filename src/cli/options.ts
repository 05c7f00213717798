// Options every fax command shares, and turning a command-line port argument into a selector.
import type { PortSelector } from '../core/model.js';
import { BACKENDS, type BackendName } from '../backends/index.js';

export interface GlobalOptions {
  readonly server: string | undefined;
  readonly json: boolean;
  readonly library: string | undefined;
  readonly backend: BackendName | undefined;
}

export const globalOptions = {
  server: {
    type: 'string',
    describe: 'Fax server to manage (default: the local server)',
  },
  json: {
    type: 'boolean',
    default: false,
    describe: 'Write JSON instead of a table',
  },
  library: {
    type: 'string',
    describe: 'Path of winfax.dll or a compatible library (overrides FAXBRIDGE_LIBRARY)',
  },
  backend: {
    choices: BACKENDS,
    describe: 'winfax: the legacy fax API (default; the simulator off Windows); comex: the Fax Extended COM API (Windows only; the default for a remote --server on Windows)',
  },
} as const;

/** "65537" selects by device id; anything else is a device name. */
export function portSelector(argument: string | number): PortSelector {
  const text = String(argument).trim();
  return /^\d+$/.test(text) ? { deviceId: Number(text) } : { name: text };
}
