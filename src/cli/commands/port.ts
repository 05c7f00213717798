// faxbridge port list | get | status | set
import type { Argv } from 'yargs';
import { withBackend } from '../../backends/index.js';
import type { FaxDeviceStatus, FaxPort, PortChange } from '../../core/model.js';
import { MAX_RINGS, MIN_RINGS, MAX_STATION_ID_LENGTH, validatePortChange } from '../../core/validate.js';
import { backendOptions, portArgument, portSelector, withFaxServerOptions } from '../options.js';
import { UsageError } from '../errors.js';
import { printResult } from '../output.js';
import { MAX_DWORD, namingOptions, wholeNumber } from '../values.js';
import { type Column, renderRecord, renderTable } from '../table.js';

const PORT_COLUMNS: readonly Column<FaxPort>[] = [
  { header: 'DEVICE ID', value: (p) => p.deviceId, align: 'right' },
  { header: 'NAME', value: (p) => p.name },
  { header: 'STATE', value: (p) => p.state },
  { header: 'SEND', value: (p) => p.sendEnabled },
  { header: 'RECEIVE', value: (p) => p.receiveEnabled },
  { header: 'VIRTUAL', value: (p) => p.virtual },
  { header: 'RINGS', value: (p) => p.rings, align: 'right' },
  { header: 'PRIORITY', value: (p) => p.priority, align: 'right' },
  { header: 'TSID', value: (p) => p.tsid },
  { header: 'CSID', value: (p) => p.csid },
];

function portRecord(port: FaxPort): string {
  return renderRecord([
    ['Server', port.server],
    ['Device ID', port.deviceId],
    ['Name', port.name],
    ['State', port.state],
    ['Send', port.sendEnabled],
    ['Receive', port.receiveEnabled],
    ['Virtual', port.virtual],
    ['Rings', port.rings],
    ['Priority', port.priority],
    ['TSID', port.tsid],
    ['CSID', port.csid],
  ]);
}

function statusRecord(status: FaxDeviceStatus): string {
  return renderRecord([
    ['Server', status.server],
    ['Device ID', status.deviceId],
    ['Name', status.deviceName],
    ['Status', status.status],
    ['Status text', status.statusString],
    ['Job type', status.jobType],
    ['Caller ID', status.callerId],
    ['CSID', status.csid],
    ['TSID', status.tsid],
    ['Page', status.jobType ? `${status.currentPage} of ${status.totalPages}` : null],
    ['Size (bytes)', status.jobType ? status.size : null],
    ['Document', status.documentName],
    ['Phone number', status.phoneNumber],
    ['Sender', status.senderName],
    ['Recipient', status.recipientName],
    ['User', status.userName],
    ['Routing', status.routingString],
    ['Started', status.startTime],
    ['Submitted', status.submittedTime],
  ]);
}

/** The option (or argument) that sets each field of the core, so refusals name what was typed. */
const PORT_OPTION_OF_FIELD = {
  rings: '--rings',
  priority: '--priority',
  tsid: '--tsid',
  csid: '--csid',
  sendEnabled: '--send',
  receiveEnabled: '--receive',
  deviceId: '<port>',
  name: '<port>',
} as const;

export function registerPortCommands<T>(yargs: Argv<T>): Argv<T> {
  return yargs.command('port', 'List, inspect and configure fax ports', (port) =>
    withFaxServerOptions(port)
      .command(
        'list',
        'List every fax port of the server',
        (y) => y,
        async (argv) => {
          const ports = await withBackend(backendOptions(argv), (backend) => backend.listPorts());
          printResult(argv.json, ports, () => renderTable(ports, PORT_COLUMNS));
        },
      )
      .command(
        'get <port>',
        'Show one fax port',
        (y) => y.positional('port', portArgument),
        async (argv) => {
          const result = await namingOptions(PORT_OPTION_OF_FIELD, () =>
            withBackend(backendOptions(argv), (backend) => backend.getPort(portSelector(argv.port))),
          );
          printResult(argv.json, result, () => portRecord(result));
        },
      )
      .command(
        'status <port>',
        'Show the current status of a fax device, with the job it is handling',
        (y) => y.positional('port', portArgument),
        async (argv) => {
          const result = await namingOptions(PORT_OPTION_OF_FIELD, () =>
            withBackend(backendOptions(argv), (backend) => backend.getDeviceStatus(portSelector(argv.port))),
          );
          printResult(argv.json, result, () => statusRecord(result));
        },
      )
      .command(
        'set <port>',
        'Change a fax port; only the options given are changed',
        (y) =>
          y
            .positional('port', portArgument)
            .option('rings', { requiresArg: true, describe: `Rings before answering (${MIN_RINGS}-${MAX_RINGS}); used when receiving is enabled` })
            .option('priority', { requiresArg: true, describe: 'Order for outgoing faxes, 1 to the number of ports; the others are renumbered' })
            .option('tsid', { type: 'string', requiresArg: true, describe: `Transmitting station id: up to ${MAX_STATION_ID_LENGTH} printable ASCII characters` })
            .option('csid', { type: 'string', requiresArg: true, describe: `Called station id: up to ${MAX_STATION_ID_LENGTH} printable ASCII characters` })
            .option('send', { type: 'boolean', describe: 'Enable sending (--no-send disables it)' })
            .option('receive', { type: 'boolean', describe: 'Enable receiving (--no-receive disables it)' })
            .group(['rings', 'priority', 'tsid', 'csid', 'send', 'receive'], 'Settings:'),
        async (argv) => {
          const given = [argv.rings, argv.priority, argv.tsid, argv.csid, argv.send, argv.receive].some((v) => v !== undefined);
          if (!given) {
            throw new UsageError('Nothing to change: give at least one of --rings, --priority, --tsid, --csid, --send/--no-send, --receive/--no-receive');
          }
          const result = await namingOptions(PORT_OPTION_OF_FIELD, () => {
            const change: PortChange = {
              rings: argv.rings === undefined ? undefined : wholeNumber('--rings', 'rings', argv.rings, MIN_RINGS, MAX_RINGS),
              priority: argv.priority === undefined ? undefined : wholeNumber('--priority', 'priority', argv.priority, 1, MAX_DWORD),
              tsid: argv.tsid,
              csid: argv.csid,
              sendEnabled: argv.send,
              receiveEnabled: argv.receive,
            };
            // Everything but the priority's upper bound (the server's port count) is judged before connecting.
            validatePortChange(change);
            return withBackend(backendOptions(argv), (backend) => backend.setPort(portSelector(argv.port), change));
          });
          printResult(argv.json, result, () => `Updated port ${result.deviceId} on ${result.server}:\n${portRecord(result)}`);
        },
      )
      .demandCommand(1, 'Name a port command: list, get, status or set'),
  );
}
