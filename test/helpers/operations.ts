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
];

