// faxbridge port list | get | status | set
import type { Argv } from 'yargs';
import { withBackend } from '../../backends/index.js';
import type { FaxDeviceStatus, FaxPort, PortChange } from '../../core/model.js';
import { MAX_RINGS, MIN_RINGS, MAX_STATION_ID_LENGTH } from '../../core/validate.js';
import { type GlobalOptions, portSelector } from '../options.js';
import { UsageError, printJson, printText } from '../output.js';
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

function connectOptions(argv: GlobalOptions) {
  return { server: argv.server, libraryPath: argv.library, backend: argv.backend };
}

const portArgument = {
  describe: 'Device id (as shown by "port list") or device name',
  type: 'string',
  demandOption: true,
} as const;

export function registerPortCommands<T extends GlobalOptions>(yargs: Argv<T>): Argv<T> {
  return yargs.command('port', 'List, inspect and configure fax ports', (port) =>
    port
      .command(
        'list',
        'List every fax port of the server',
        (y) => y,
        async (argv) => {
          const ports = await withBackend(connectOptions(argv), (backend) => backend.listPorts());
          if (argv.json) printJson(ports);
          else printText(renderTable(ports, PORT_COLUMNS));
        },
      )
      .command(
        'get <port>',
        'Show one fax port',
        (y) => y.positional('port', portArgument),
        async (argv) => {
          const result = await withBackend(connectOptions(argv), (backend) => backend.getPort(portSelector(argv.port)));
          if (argv.json) printJson(result);
          else printText(portRecord(result));
        },
      )
      .command(
        'status <port>',
        'Show the current status of a fax device, with the job it is handling',
        (y) => y.positional('port', portArgument),
        async (argv) => {
          const result = await withBackend(connectOptions(argv), (backend) => backend.getDeviceStatus(portSelector(argv.port)));
          if (argv.json) printJson(result);
          else printText(statusRecord(result));
        },
      )
      .command(
        'set <port>',
        'Change a fax port; only the options given are changed',
        (y) =>
          y
            .positional('port', portArgument)
            .option('rings', { type: 'number', describe: `Rings before answering (${MIN_RINGS}-${MAX_RINGS}); used when receiving is enabled` })
            .option('priority', { type: 'number', describe: 'Order for outgoing faxes, 1 to the number of ports; the others are renumbered' })
            .option('tsid', { type: 'string', describe: `Transmitting station id: up to ${MAX_STATION_ID_LENGTH} printable ASCII characters` })
            .option('csid', { type: 'string', describe: `Called station id: up to ${MAX_STATION_ID_LENGTH} printable ASCII characters` })
            .option('send', { type: 'boolean', describe: 'Enable sending (--no-send disables it)' })
            .option('receive', { type: 'boolean', describe: 'Enable receiving (--no-receive disables it)' }),
        async (argv) => {
          const given = [argv.rings, argv.priority, argv.tsid, argv.csid, argv.send, argv.receive].some((v) => v !== undefined);
          if (!given) {
            throw new UsageError('Nothing to change: give at least one of --rings, --priority, --tsid, --csid, --send/--no-send, --receive/--no-receive');
          }
          const change: PortChange = {
            rings: argv.rings,
            priority: argv.priority,
            tsid: argv.tsid,
            csid: argv.csid,
            sendEnabled: argv.send,
            receiveEnabled: argv.receive,
          };
          const result = await withBackend(connectOptions(argv), (backend) => backend.setPort(portSelector(argv.port), change));
          if (argv.json) printJson(result);
          else printText(`Updated port ${result.deviceId} on ${result.server}:\n${portRecord(result)}`);
        },
      )
      .demandCommand(1, 'Name a port command: list, get, status or set'),
  );
}
