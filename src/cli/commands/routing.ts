// faxbridge routing list | enable | disable: the routing methods of a fax port (what the server
// does with a received fax: store it in a folder, e-mail it, print it).
import type { Argv } from 'yargs';
import { withBackend } from '../../backends/index.js';
import type { FaxRoutingMethod } from '../../core/model.js';
import { normalizeRoutingGuid } from '../../core/routing-guid.js';
import { backendOptions, type FaxServerOptions, portArgument, portSelector, withFaxServerOptions } from '../options.js';
import { printResult } from '../output.js';
import { type Column, renderRecord, renderTable } from '../table.js';
import { namingOptions } from '../values.js';

const ROUTING_COLUMNS: readonly Column<FaxRoutingMethod>[] = [
  { header: 'GUID', value: (m) => m.guid },
  { header: 'ENABLED', value: (m) => m.enabled },
  { header: 'NAME', value: (m) => m.friendlyName },
  { header: 'EXTENSION', value: (m) => m.extensionFriendlyName },
];

function routingRecord(method: FaxRoutingMethod): string {
  return renderRecord([
    ['Server', method.server],
    ['Device ID', method.deviceId],
    ['Device name', method.deviceName],
    ['GUID', method.guid],
    ['Name', method.friendlyName],
    ['Enabled', method.enabled],
    ['Function', method.functionName],
    ['Extension', method.extensionFriendlyName],
    ['Extension image', method.extensionImageName],
  ]);
}

const ROUTING_ARGUMENTS = { deviceId: '<port>', name: '<port>', guid: '<guid>' } as const;

const guidArgument = {
  describe: 'The routing method\'s GUID, as shown by "routing list" (braces optional)',
  type: 'string',
  demandOption: true,
} as const;

async function switchRoutingMethod(argv: FaxServerOptions & { readonly port: string; readonly guid: string }, enabled: boolean): Promise<void> {
  const result = await namingOptions(ROUTING_ARGUMENTS, () => {
    // A malformed GUID is refused before connecting to anything.
    const guid = normalizeRoutingGuid(argv.guid);
    return withBackend(backendOptions(argv), (backend) => backend.setRoutingMethodEnabled(portSelector(argv.port), guid, enabled));
  });
  printResult(argv.json, result, () => `${enabled ? 'Enabled' : 'Disabled'} ${result.friendlyName} on port ${result.deviceId} of ${result.server}:\n${routingRecord(result)}`);
}

export function registerRoutingCommands<T>(yargs: Argv<T>): Argv<T> {
  return yargs.command('routing', 'List, enable and disable the routing methods of a fax port', (routing) =>
    withFaxServerOptions(routing)
      .command(
        'list <port>',
        'List the routing methods of a fax port, and whether each is enabled',
        (y) => y.positional('port', portArgument),
        async (argv) => {
          const methods = await namingOptions(ROUTING_ARGUMENTS, () =>
            withBackend(backendOptions(argv), (backend) => backend.listRoutingMethods(portSelector(argv.port))),
          );
          printResult(argv.json, methods, () => renderTable(methods, ROUTING_COLUMNS));
        },
      )
      .command(
        'enable <port> <guid>',
        'Enable a routing method on a fax port',
        (y) => y.positional('port', portArgument).positional('guid', guidArgument),
        (argv) => switchRoutingMethod(argv, true),
      )
      .command(
        'disable <port> <guid>',
        'Disable a routing method on a fax port',
        (y) => y.positional('port', portArgument).positional('guid', guidArgument),
        (argv) => switchRoutingMethod(argv, false),
      )
      .demandCommand(1, 'Name a routing command: list, enable or disable'),
  );
}
