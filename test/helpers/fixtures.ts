// Simulated servers for tests: written explicitly so each test states the world it runs in.
import type { SimServer } from '../../src/simulator/state-file.js';
import { MICROSOFT_ROUTING_METHODS } from '../../src/simulator/state-file.js';

export const STORE_IN_FOLDER = '{92041a90-9af2-11d0-abf7-00c04fd91a4e}';
export const ROUTE_EMAIL = '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}';

/** 2026-03-01T09:30:00Z and five minutes earlier, in Unix seconds. */
export const JOB_START = 1_772_357_400;
export const JOB_SUBMITTED = JOB_START - 300;

export function standardServers(): SimServer[] {
  return [
    {
      name: 'local',
      methods: [...MICROSOFT_ROUTING_METHODS],
      ports: [
        { deviceId: 65537, name: 'Standard 56000 bps Modem', flags: 3, rings: 2, priority: 1, state: 'AVAILABLE', tsid: '+1 425 555 0100', csid: '+1 425 555 0100', enabledMethods: [STORE_IN_FOLDER] },
        { deviceId: 65538, name: 'USRobotics 56K Voice', flags: 1, rings: 3, priority: 2, state: 'AVAILABLE', tsid: 'Contoso Sales', csid: 'Contoso Sales' },
        { deviceId: 65539, name: 'Línea de fax 3 (Conexant)', flags: 2, rings: 0, priority: 3, state: 'OFFLINE', tsid: '+34 91 555 0199', csid: '+34 91 555 0199' },
        { deviceId: 65540, name: 'Fax Virtual Printer Port', flags: 2 | 4, rings: 0, priority: 4, state: 'AVAILABLE', tsid: 'Contoso Fax', csid: 'Contoso Fax' },
      ],
    },
    {
      name: 'FAXSRV02',
      ports: [
        { deviceId: 131073, name: 'Brooktrout TR1034 Line 1', flags: 3, rings: 1, priority: 1, state: 'RECEIVING', tsid: '+44 20 7946 0001', csid: '+44 20 7946 0001' },
        { deviceId: 131074, name: 'Brooktrout TR1034 Line 2', flags: 3, rings: 1, priority: 2, state: 'AVAILABLE', tsid: '+44 20 7946 0002', csid: '+44 20 7946 0002' },
      ],
      jobs: [
        {
          deviceId: 131073, jobType: 2, callerId: '+44 161 496 0123', csid: '+44 20 7946 0001', currentPage: 2, totalPages: 5,
          size: 48213, documentName: 'Purchase order 4471', phoneNumber: '+44 161 496 0123', routingString: '',
          senderName: 'Fabrikam Ltd', recipientName: 'Accounts', tsid: 'FABRIKAM', userName: 'CONTOSO\\faxsvc',
          startTime: JOB_START, submittedTime: JOB_SUBMITTED, statusString: 'Receiving page 2',
        },
      ],
    },
    {
      name: 'READONLY',
      rights: ['port-query', 'config-query'],
      ports: [{ deviceId: 70001, name: 'Read-only modem', flags: 3, rings: 2, priority: 1, state: 'AVAILABLE', tsid: 'RO', csid: 'RO' }],
    },
    {
      name: 'LOCKEDOUT',
      rights: [],
      ports: [{ deviceId: 80001, name: 'Forbidden modem', flags: 3, rings: 2, priority: 1, state: 'AVAILABLE', tsid: 'X', csid: 'X' }],
    },
  ];
}

/** A server whose every call takes four seconds: for timeouts. */
export function slowServer(): SimServer {
  return { name: 'SLOWSRV', latencyMs: 4000, ports: [{ deviceId: 90001, name: 'Slow line', flags: 3, rings: 1, priority: 1, state: 'AVAILABLE', tsid: 'S', csid: 'S' }] };
}

/** The servers the help examples and the README name (FAXSRV01 beside the standard ones). */
export function documentedServers(): SimServer[] {
  return [
    ...standardServers(),
    {
      name: 'FAXSRV01',
      ports: [
        { deviceId: 196609, name: 'Standard 56000 bps Modem', flags: 3, rings: 2, priority: 1, state: 'AVAILABLE', tsid: '+1 206 555 0101', csid: '+1 206 555 0101' },
        { deviceId: 196610, name: 'Fax Virtual Printer Port', flags: 2 | 4, rings: 0, priority: 2, state: 'AVAILABLE', tsid: 'Contoso Fax', csid: 'Contoso Fax' },
      ],
    },
  ];
}

/** The worlds the PowerShell (Pester) tests run in, by name; test/helpers/write-states.ts writes them. */
export const namedWorlds: Readonly<Record<string, () => SimServer[]>> = {
  standard: standardServers,
  module: () => [...standardServers(), slowServer()],
  documented: documentedServers,
};
