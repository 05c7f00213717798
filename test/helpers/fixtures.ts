// Simulated servers for tests: written explicitly so each test states the world it runs in.
import type { SimQueueJob, SimServer } from '../../src/simulator/state-file.js';
import { MICROSOFT_ROUTING_METHODS } from '../../src/simulator/state-file.js';

export const STORE_IN_FOLDER = '{92041a90-9af2-11d0-abf7-00c04fd91a4e}';
export const ROUTE_EMAIL = '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}';

/** 2026-03-01T09:30:00Z and five minutes earlier, in Unix seconds. */
export const JOB_START = 1_772_357_400;
export const JOB_SUBMITTED = JOB_START - 300;

/** 2026-03-01T17:00:00Z: when job 2002 is scheduled. */
export const SCHEDULED_AT = 1_772_384_400;

function queued(job: Partial<SimQueueJob> & Pick<SimQueueJob, 'jobId' | 'jobType' | 'queueStatus' | 'documentName'>): SimQueueJob {
  return {
    userName: '', size: 0, pageCount: 1, recipientNumber: '', recipientName: '', tsid: '', senderName: '', senderCompany: '',
    senderDepartment: '', billingCode: '', scheduleAction: 0, scheduleTime: 0, deliveryReportType: 0, deliveryReportAddress: '',
    ...job,
  };
}

/**
 * The local server's queue, as in the simulator's default state (simulator/src/default_state.h):
 * outgoing faxes pending, paused, retrying and past their retries, and a received fax being routed
 * (in progress on no device: routing runs in the service, not on a line).
 */
export function localQueue(): SimQueueJob[] {
  const contoso = { tsid: '+1 425 555 0100', senderCompany: 'Contoso Ltd' };
  return [
    queued({ jobId: 1001, jobType: 1, queueStatus: ['PENDING'], userName: 'CONTOSO\\agarcia', size: 48213, pageCount: 3, recipientNumber: '+1 206 555 0142',
      recipientName: 'Northwind Traders', ...contoso, senderName: 'Ana García', senderDepartment: 'Purchasing', billingCode: 'PO-2231',
      scheduleAction: 2, documentName: 'Quote request 2231' }),
    queued({ jobId: 1002, jobType: 1, queueStatus: ['PAUSED'], userName: 'CONTOSO\\jsmith', size: 120550, pageCount: 8, recipientNumber: '+1 312 555 0178',
      recipientName: 'Fourth Coffee', ...contoso, senderName: 'John Smith', senderDepartment: 'Sales', deliveryReportType: 1,
      deliveryReportAddress: 'jsmith@contoso.com', documentName: 'Price list March' }),
    queued({ jobId: 1003, jobType: 1, queueStatus: ['RETRYING'], userName: 'CONTOSO\\mlee', size: 30211, pageCount: 2, recipientNumber: '+1 415 555 0133',
      recipientName: 'Wide World Importers', ...contoso, senderName: 'Min Lee', senderDepartment: 'Shipping', billingCode: 'SHIP-77',
      deliveryReportType: 2, documentName: 'Delivery note 8812' }),
    queued({ jobId: 1004, jobType: 1, queueStatus: ['RETRIES_EXCEEDED'], userName: 'CONTOSO\\jsmith', size: 15002, pageCount: 1, recipientNumber: '+1 646 555 0190',
      recipientName: 'Litware Inc', ...contoso, senderName: 'John Smith', senderDepartment: 'Sales', documentName: 'Contract amendment' }),
    queued({ jobId: 1005, jobType: 3, queueStatus: ['INPROGRESS'], userName: 'CONTOSO\\faxsvc', size: 22870, pageCount: 2, recipientName: 'Reception',
      tsid: 'WWI FAX', senderName: 'Wide World Importers', documentName: 'Received fax from +1 415 555 0133' }),
  ];
}

/** FAXSRV02's queue: the fax line 1 is receiving (its `job` record below), and one scheduled send. */
export function remoteQueue(): SimQueueJob[] {
  return [
    queued({ jobId: 2001, deviceId: 131073, jobType: 2, queueStatus: ['INPROGRESS'], userName: 'CONTOSO\\faxsvc', size: 48213, pageCount: 5,
      recipientNumber: '+44 161 496 0123', recipientName: 'Accounts', tsid: 'FABRIKAM', senderName: 'Fabrikam Ltd', documentName: 'Purchase order 4471' }),
    queued({ jobId: 2002, jobType: 1, queueStatus: ['PENDING'], userName: 'CONTOSO\\faxadmin', size: 9876, pageCount: 1, recipientNumber: '+49 30 555 0110',
      recipientName: 'Adatum GmbH', tsid: '+44 20 7946 0002', senderName: 'Fax Desk', senderCompany: 'Contoso UK', senderDepartment: 'Operations',
      scheduleAction: 1, scheduleTime: SCHEDULED_AT, documentName: 'Shipping schedule' }),
  ];
}

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
      queue: localQueue(),
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
      queue: remoteQueue(),
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
