// faxbridge simulator reset | generate: manage the winfax simulator's state file.
import { existsSync, rmSync } from 'node:fs';
import type { Argv } from 'yargs';
import { jsonOption } from '../options.js';
import { printResult } from '../output.js';
import { UsageError } from '../errors.js';
import { wholeNumber } from '../values.js';

const MAX_GENERATED_PORTS = 1_000_000;
const MAX_GENERATED_JOBS = 1_000_000;
/** The lines a generated queue's server has when --ports is not given. */
const PORTS_BESIDE_JOBS = 2;

export function registerSimulatorCommands<T>(yargs: Argv<T>): Argv<T> {
  return yargs.command('simulator', 'Manage the winfax simulator used off Windows', (sim) =>
    sim
      .option('json', jsonOption)
      .command(
        'reset',
        'Remove the state file, so the simulator starts again from its default servers',
        (y) => y,
        async (argv) => {
          const { simulatorStatePath } = await import('../../simulator-state/state-path.js');
          const file = simulatorStatePath();
          const existed = existsSync(file);
          rmSync(file, { force: true });
          printResult(argv.json, { stateFile: file, removed: existed }, () => existed ? `Removed ${file}; the default state is written again on next use.` : `No state at ${file}; the default state is used.`);
        },
      )
      .command(
        'generate',
        'Write a state with one local server of N generated modem lines and M queued jobs (for scale tests)',
        (y) =>
          y
            .option('ports', { requiresArg: true, describe: `Number of ports, 1 to ${MAX_GENERATED_PORTS} (default with --jobs: ${PORTS_BESIDE_JOBS})` })
            .option('jobs', { requiresArg: true, describe: `Number of queued jobs, 0 to ${MAX_GENERATED_JOBS} (default 0)` }),
        async (argv) => {
          if (argv.ports === undefined && argv.jobs === undefined) throw new UsageError('Say what to generate: give --ports, --jobs or both');
          const ports = argv.ports === undefined ? PORTS_BESIDE_JOBS : wholeNumber('--ports', 'ports', argv.ports, 1, MAX_GENERATED_PORTS);
          const jobs = argv.jobs === undefined ? 0 : wholeNumber('--jobs', 'jobs', argv.jobs, 0, MAX_GENERATED_JOBS);
          const [{ generatedJobs, generatedPorts, writeStateFile }, { simulatorStatePath }] = await Promise.all([
            import('../../simulator-state/state-file.js'),
            import('../../simulator-state/state-path.js'),
          ]);
          const file = simulatorStatePath();
          writeStateFile(file, [{ name: 'local', ports: generatedPorts(ports), queue: generatedJobs(jobs) }]);
          printResult(argv.json, { stateFile: file, ports, jobs }, () => `Wrote ${ports} ports and ${jobs} jobs to ${file}.`);
        },
      )
      .demandCommand(1, 'Name a simulator command: reset or generate'),
  );
}
