// The faxbridge command line (yargs). Usage errors exit 2, fax API failures exit 1.
import yargs from 'yargs';
import { registerPortCommands } from './commands/port.js';
import { registerServeCommand } from './commands/serve.js';
import { registerSimulatorCommands } from './commands/simulator.js';
import { globalOptions } from './options.js';
import { EXIT_OK, UsageError, exitCodeFor, reportError } from './output.js';

export async function runCommandLine(argv: string[]): Promise<number> {
  const wantsJson = argv.includes('--json');
  const parser = yargs(argv)
    .scriptName('faxbridge')
    .usage('$0 <command> [options]\n\nAdminister the fax devices of a Windows fax server (off Windows: the winfax simulator).')
    .options(globalOptions)
    .strict()
    .demandCommand(1, 'Name a command, e.g. "faxbridge port list"')
    .recommendCommands()
    .help()
    .alias('help', 'h')
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      // Throwing stops yargs here: without it, a command's handler would still run after bad usage.
      // yargs reports its own validation failures as YError; anything else came from a handler.
      if (error && error.name !== 'YError') throw error;
      throw new UsageError(message || error?.message || 'invalid usage');
    });

  try {
    await registerSimulatorCommands(registerServeCommand(registerPortCommands(parser))).parseAsync();
  } catch (error) {
    reportError(error, wantsJson);
    return exitCodeFor(error);
  }
  return EXIT_OK;
}
