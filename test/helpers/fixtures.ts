// Simulated servers for tests: each world says how it differs from the simulator's default world
// (src/simulator-state/default-world.ts), so a test states the world it runs in.
import type { SimPort, SimServer } from '../../src/simulator-state/state-file.js';
import { DEFAULT_CONFIGURATION, MICROSOFT_ROUTING_METHODS } from '../../src/simulator-state/state-file.js';
import { defaultWorld, queued } from '../../src/simulator-state/default-world.js';

export { JOB_START, JOB_SUBMITTED, SCHEDULED_AT, STORE_IN_FOLDER, localQueue, remoteQueue } from '../../src/simulator-state/default-world.js';
export const ROUTE_EMAIL = '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}';

/** Each port of `server` with the fields `changes` gives for its device id replaced. */
function withPortChanges(server: SimServer, changes: Readonly<Record<number, Partial<SimPort>>>): SimPort[] {
  return server.ports.map((port) => ({ ...port, ...changes[port.deviceId] }));
}

/**
 * The default world with what the tests need to differ, said here: on the local server a TSID
 * that equals the CSID, line 3 offline and receive-only, the printer port's CSID; on FAXSRV02 the
 * default configuration, all three Microsoft routing methods and none enabled on line 1; and two
 * servers that withhold rights.
 */
export function standardServers(): SimServer[] {
  const [local, remote] = defaultWorld() as [SimServer, SimServer];
  return [
    {
      ...local,
      ports: withPortChanges(local, {
        65538: { tsid: 'Contoso Sales' },
        65539: { flags: 2, rings: 0, state: 'OFFLINE' },
        65540: { csid: 'Contoso Fax' },
      }),
    },
    {
      ...remote,
      configuration: { ...DEFAULT_CONFIGURATION },
      methods: [...MICROSOFT_ROUTING_METHODS],
      ports: withPortChanges(remote, { 131073: { enabledMethods: [] } }),
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

/** The documented servers and three branch servers with short port names, for configuration templates with {Server} and {DeviceName}. */
export function fleetServers(): SimServer[] {
  const branch = (name: string, base: number): SimServer => ({
    name,
    ports: [1, 2].map((line) => ({ deviceId: base + line, name: `Line ${line}`, flags: 3, rings: 2, priority: line, state: 'AVAILABLE', tsid: `${name} old`, csid: `${name} old` })),
  });
  return [...documentedServers(), branch('BRANCH1', 710000), branch('BRANCH2', 720000), branch('BRANCH3', 730000)];
}

/** The worlds the PowerShell (Pester) tests run in, by name; test/helpers/write-states.ts writes them. */
export const namedWorlds: Readonly<Record<string, () => SimServer[]>> = {
  standard: standardServers,
  module: () => [...standardServers(), slowServer()],
  documented: documentedServers,
  jobs: jobServers,
  fleet: fleetServers,
  slowfleet: slowFleetServers,
};

/** Branches whose every call takes 150 ms: a fleet whose import outlasts a short timeout while each server answers well within it. */
export function slowFleetServers(): SimServer[] {
  const branch = (line: number): SimServer => ({
    name: `SLOWBRANCH${line}`,
    latencyMs: 150,
    ports: [{ deviceId: 740000 + line, name: 'Line 1', flags: 3, rings: 2, priority: 1, state: 'AVAILABLE', tsid: 'SLOW old', csid: 'SLOW old' }],
  });
  return [...standardServers(), ...[1, 2, 3, 4, 5, 6].map(branch)];
}

/**
 * The standard servers plus the queues the job tests need beyond the default mix: a line sending
 * a fax (reported by the queue alone, with no `job` record), rights that withhold one job right
 * each, and a server with an empty queue.
 */
export function jobServers(): SimServer[] {
  const line = (deviceId: number, state: string) => ({ deviceId, name: `Line ${deviceId}`, flags: 3, rings: 1, priority: deviceId % 10, state, tsid: 'JOBS', csid: 'JOBS' });
  return [
    ...standardServers(),
    {
      name: 'JOBSRV',
      ports: [line(300001, 'SENDING'), line(300002, 'AVAILABLE')],
      queue: [
        queued({ jobId: 3001, deviceId: 300001, jobType: 1, queueStatus: ['INPROGRESS'], userName: 'CONTOSO\\ops', size: 64000, pageCount: 4,
          recipientNumber: '+1 555 0100', recipientName: 'Tailspin Toys', tsid: '+1 425 555 0199', senderName: 'Ops Desk', documentName: 'Invoice 5521' }),
        queued({ jobId: 3002, jobType: 1, queueStatus: ['PENDING'], recipientNumber: '+1 555 0101', documentName: 'Statement' }),
      ],
    },
    { name: 'QUERYONLY', rights: ['job-query'], ports: [line(400001, 'AVAILABLE')], queue: [queued({ jobId: 4001, jobType: 1, queueStatus: ['PENDING'], documentName: 'Memo' })] },
    { name: 'MANAGEONLY', rights: ['job-manage'], ports: [line(500001, 'AVAILABLE')], queue: [queued({ jobId: 5001, jobType: 1, queueStatus: ['PENDING'], documentName: 'Memo' })] },
    { name: 'NOQUEUE', ports: [line(600001, 'AVAILABLE')] },
  ];
}
