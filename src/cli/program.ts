// The faxbridge command line (yargs). Usage errors exit 2, fax API failures exit 1.
import yargs from 'yargs';
import { registerJobCommands } from './commands/job.js';
import { registerConfigCommands } from './commands/config.js';
import { registerPortCommands } from './commands/port.js';
import { registerServeCommand } from './commands/serve.js';
import { registerRoutingCommands } from './commands/routing.js';
import { registerServerCommands } from './commands/server.js';
import { registerSimulatorCommands } from './commands/simulator.js';
import { UsageError } from './errors.js';
import { exitCodeFor, reportError, takeExitCode } from './output.js';
import { refuseRepeatedOptions } from './values.js';

export async function runCommandLine(argv: string[]): Promise<number> {
  const wantsJson = argv.includes('--json');
  const parser = yargs(argv)
    .scriptName('faxbridge')
    .usage('$0 <command> [options]\n\nAdminister the fax devices of a Windows fax server (off Windows: the winfax simulator).')
    // Values stay as typed: the commands turn them into numbers themselves and name the option
    // when they cannot ("--rings abc" would otherwise arrive as NaN, "--rings 0x10" as 16).
    .parserConfiguration({ 'parse-numbers': false, 'parse-positional-numbers': false })
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
    refuseRepeatedOptions(argv);
    const commands = [registerPortCommands, registerRoutingCommands, registerJobCommands, registerServerCommands, registerConfigCommands, registerServeCommand, registerSimulatorCommands];
    await commands.reduce((y, register) => register(y), parser).parseAsync();
  } catch (error) {
    takeExitCode();
    reportError(error, wantsJson);
    return exitCodeFor(error);
  }
  return takeExitCode();
}
