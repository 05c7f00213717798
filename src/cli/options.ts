// The options of the commands that reach a fax server (port, routing, server), and turning a
// command-line port argument into a selector. Commands that reach no server (serve, simulator)
// do not take them.
import type { Argv } from 'yargs';
import type { PortSelector } from '../core/model.js';
import { BACKENDS, type BackendName, type BackendOptions } from '../backends/index.js';

export interface FaxServerOptions {
  readonly server: string | undefined;
  readonly json: boolean;
  readonly library: string | undefined;
  readonly backend: BackendName | undefined;
}

export const jsonOption = {
  type: 'boolean',
  default: false,
  describe: 'Write JSON instead of text (errors too, on stderr)',
} as const;

const faxServerOptions = {
  server: {
    type: 'string',
    requiresArg: true,
    describe: 'Fax server to manage (default: the local server)',
  },
  json: jsonOption,
  library: {
    type: 'string',
    requiresArg: true,
    describe: 'Path of winfax.dll or a compatible library (overrides FAXBRIDGE_LIBRARY)',
  },
  backend: {
    choices: BACKENDS,
    describe: 'winfax: the legacy fax API (default; the simulator off Windows); comex: the Fax Extended COM API (Windows only; the default for a remote --server on Windows)',
  },
} as const;

/** Adds --server, --json, --library and --backend to a command and the commands under it. */
export function withFaxServerOptions<T>(yargs: Argv<T>) {
  return yargs.options(faxServerOptions).group(Object.keys(faxServerOptions), 'Server options:');
}

export function backendOptions(argv: FaxServerOptions): BackendOptions {
  return { server: argv.server, libraryPath: argv.library, backend: argv.backend };
}

export const portArgument = {
  describe: 'Device id (as shown by "port list") or device name',
  type: 'string',
  demandOption: true,
} as const;

/** "65537" selects by device id; anything else is a device name. */
export function portSelector(argument: string | number): PortSelector {
  const text = String(argument).trim();
  return /^\d+$/.test(text) ? { deviceId: Number(text) } : { name: text };
}
