// Every core operation with the BOOL functions its documented sequence calls: shared by the
// fault-injection tests and the stress suite.
import type { FaxServerSession } from '../../src/core/session.js';
import type { BoolFunctionName } from '../../src/winfax/prototypes.js';
import { ROUTE_EMAIL } from './fixtures.js';

export interface Operation {
  readonly name: string;
  readonly run: (session: FaxServerSession) => unknown;
  /** Every BOOL function the documented sequence calls, each of which must be able to fail. */
  readonly sequence: readonly BoolFunctionName[];
  readonly writes?: BoolFunctionName;
}

export const operations: readonly Operation[] = [
  { name: 'listPorts', run: (s) => s.listPorts(), sequence: ['FaxConnectFaxServerW', 'FaxEnumPortsW', 'FaxClose'] },
  { name: 'getPort by id', run: (s) => s.getPort({ deviceId: 65538 }), sequence: ['FaxConnectFaxServerW', 'FaxOpenPort', 'FaxGetPortW', 'FaxClose'] },
  {
    name: 'getPort by name',
    run: (s) => s.getPort({ name: 'USRobotics 56K Voice' }),
    sequence: ['FaxConnectFaxServerW', 'FaxEnumPortsW', 'FaxOpenPort', 'FaxGetPortW', 'FaxClose'],
  },
  {
    name: 'getDeviceStatus',
    run: (s) => s.getDeviceStatus({ deviceId: 65538 }),
    sequence: ['FaxConnectFaxServerW', 'FaxOpenPort', 'FaxGetDeviceStatusW', 'FaxClose'],
  },
  {
    name: 'setPort',
    run: (s) => s.setPort({ deviceId: 65538 }, { rings: 6, priority: 1 }),
    sequence: ['FaxConnectFaxServerW', 'FaxEnumPortsW', 'FaxOpenPort', 'FaxGetPortW', 'FaxSetPortW', 'FaxClose'],
    writes: 'FaxSetPortW',
  },
  {
    name: 'listRoutingMethods',
    run: (s) => s.listRoutingMethods({ deviceId: 65537 }),
    sequence: ['FaxConnectFaxServerW', 'FaxOpenPort', 'FaxEnumRoutingMethodsW', 'FaxClose'],
  },
  {
    name: 'setRoutingMethodEnabled',
    run: (s) => s.setRoutingMethodEnabled({ deviceId: 65537 }, ROUTE_EMAIL, true),
    sequence: ['FaxConnectFaxServerW', 'FaxOpenPort', 'FaxEnableRoutingMethodW', 'FaxEnumRoutingMethodsW', 'FaxClose'],
    writes: 'FaxEnableRoutingMethodW',
  },
  { name: 'getConfiguration', run: (s) => s.getConfiguration(), sequence: ['FaxConnectFaxServerW', 'FaxGetConfigurationW', 'FaxClose'] },
  {
    name: 'setConfiguration',
    run: (s) => s.setConfiguration({ retries: 7 }),
    sequence: ['FaxConnectFaxServerW', 'FaxGetConfigurationW', 'FaxSetConfigurationW', 'FaxClose'],
    writes: 'FaxSetConfigurationW',
  },
  { name: 'listJobs', run: (s) => s.listJobs(), sequence: ['FaxConnectFaxServerW', 'FaxEnumJobsW', 'FaxClose'] },
  { name: 'getJob', run: (s) => s.getJob(1002), sequence: ['FaxConnectFaxServerW', 'FaxGetJobW', 'FaxClose'] },
  {
    // Pauses job 1001, or resumes it once a run (whose FaxClose failed) left it paused: repeatable.
    name: 'setJob pause or resume',
    run: (s) => s.setJob(1001, s.getJob(1001).queueStatus.includes('Paused') ? 'resume' : 'pause'),
    sequence: ['FaxConnectFaxServerW', 'FaxGetJobW', 'FaxSetJobW', 'FaxClose'],
    writes: 'FaxSetJobW',
  },
  {
    // Job 1005 is being routed: deleting it marks it Deleting, and deleting it again changes nothing.
    name: 'setJob delete',
    run: (s) => s.setJob(1005, 'delete'),
    sequence: ['FaxConnectFaxServerW', 'FaxGetJobW', 'FaxSetJobW', 'FaxClose'],
    writes: 'FaxSetJobW',
  },
  {
    name: 'abortJob',
    run: (s) => s.abortJob(1005),
    sequence: ['FaxConnectFaxServerW', 'FaxAbort', 'FaxGetJobW', 'FaxClose'],
    writes: 'FaxAbort',
  },
];

