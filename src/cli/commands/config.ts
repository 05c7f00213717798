// faxbridge config export | diff | apply: a fleet's fax settings as a JSON document (issue 14).
import type { Argv } from 'yargs';
import { withFaxServerOptions } from '../options.js';

const EXIT_CODES_HELP = [
  'Exit codes (for monitoring checks):',
  '  0  every server is in line with the document',
  '  3  a server differs from the document (differences are listed)',
  '  1  something could not be checked: the document is not valid or cannot be read,\n     or a server cannot be reached',
  '  2  the command line is wrong',
].join('\n');

const serverListOption = {
  type: 'string',
  requiresArg: true,
  describe: 'Fax servers, comma-separated (a template needs them; a document with servers: only these)',
} as const;

export function registerConfigCommands<T>(yargs: Argv<T>): Argv<T> {
  return yargs.command('config', 'Configuration as code: export, compare and apply a JSON document of fax settings', (config) =>
    withFaxServerOptions(config)
      .option('server', serverListOption)
      .command(
        'export',
        'Write the configuration of servers (default: the local one) as a document',
        (y) => y.option('output', { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the document to this file (default: standard output)' }),
        async (argv) => (await import('./config-run.js')).exportConfiguration(argv),
      )
      .command(
        'diff <file>',
        'Compare servers with a document; exit 0 in line, 3 drifted, 1 error',
        (y) => y.positional('file', { type: 'string', demandOption: true, describe: 'The configuration document (JSON)' }).epilogue(EXIT_CODES_HELP),
        async (argv) => (await import('./config-run.js')).diffConfiguration(argv),
      )
      .command(
        'apply <file>',
        'Change servers where they differ from a document, and only there',
        (y) =>
          y
            .positional('file', { type: 'string', demandOption: true, describe: 'The configuration document (JSON)' })
            .option('dry-run', { type: 'boolean', default: false, describe: 'List the changes that would be made; make none' })
            .epilogue('Exit codes: 0 every change was made (or none was needed), 1 a change or a server failed, a port is missing or the document is not valid, 2 the command line is wrong. Running it again completes a run that failed part-way.'),
        async (argv) => (await import('./config-run.js')).applyConfiguration(argv),
      )
      .demandCommand(1, 'Name a config command: export, diff or apply'),
  );
}

