// The simulator's default world, defined once: what a state file holds on first use. The C
// library's copy (simulator/src/default_state.h) is generated from this by
// `node scripts/write-default-state.mjs`, and a test fails when the two drift apart; the tests'
// fixtures (test/helpers/fixtures.ts) state their differences from it.
import { DEFAULT_CONFIGURATION, MICROSOFT_ROUTING_METHODS, type SimQueueJob, type SimServer, serializeState } from './state-file.js';

export const STORE_IN_FOLDER = '{92041a90-9af2-11d0-abf7-00c04fd91a4e}';
export const ROUTE_PRINT = '{aec1b37c-9af2-11d0-abf7-00c04fd91a4e}';

/** 2026-03-01T09:30:00Z and five minutes earlier, in Unix seconds. */
export const JOB_START = 1_772_357_400;
export const JOB_SUBMITTED = JOB_START - 300;

/** 2026-03-01T17:00:00Z: when job 2002 is scheduled. */
export const SCHEDULED_AT = 1_772_384_400;

export function queued(job: Partial<SimQueueJob> & Pick<SimQueueJob, 'jobId' | 'jobType' | 'queueStatus' | 'documentName'>): SimQueueJob {
  return {
    userName: '', size: 0, pageCount: 1, recipientNumber: '', recipientName: '', tsid: '', senderName: '', senderCompany: '',
    senderDepartment: '', billingCode: '', scheduleAction: 0, scheduleTime: 0, deliveryReportType: 0, deliveryReportAddress: '',
    ...job,
  };
}

/**
 * The local server's queue:
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

/**
 * A realistic small fax server and a busy remote one, each with a queue: outgoing faxes pending,
 * paused, retrying and past their retries, a received fax being routed (in progress on no
 * device), and the fax FAXSRV02 is receiving on line 1 (its `job` record is that device's view).
 */
export function defaultWorld(): SimServer[] {
  return [
    {
      name: 'local',
      configuration: { ...DEFAULT_CONFIGURATION },
      methods: [...MICROSOFT_ROUTING_METHODS],
      ports: [
        { deviceId: 65537, name: 'Standard 56000 bps Modem', flags: 3, rings: 2, priority: 1, state: 'AVAILABLE', tsid: '+1 425 555 0100', csid: '+1 425 555 0100', enabledMethods: [STORE_IN_FOLDER] },
        { deviceId: 65538, name: 'USRobotics 56K Voice', flags: 1, rings: 3, priority: 2, state: 'AVAILABLE', tsid: '+1 425 555 0101', csid: 'Contoso Sales' },
        { deviceId: 65539, name: 'L\u00ednea de fax 3 (Conexant)', flags: 3, rings: 4, priority: 3, state: 'AVAILABLE', tsid: '+34 91 555 0199', csid: '+34 91 555 0199' },
        { deviceId: 65540, name: 'Fax Virtual Printer Port', flags: 2 | 4, rings: 0, priority: 4, state: 'AVAILABLE', tsid: 'Contoso Fax', csid: 'Contoso Fax Printer' },
      ],
      queue: localQueue(),
    },
    {
      name: 'FAXSRV02',
      configuration: {
        retries: 5, retryDelay: 5, dirtyDays: 14, branding: true, useDeviceTsid: false, serverCp: true, pauseServerQueue: false,
        startCheapTime: '22:00', stopCheapTime: '06:00', archiveOutgoingFaxes: true, archiveDirectory: '\\\\FAXSRV02\\FaxArchive',
      },
      methods: MICROSOFT_ROUTING_METHODS.filter((method) => method.guid !== '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}'),
      ports: [
        { deviceId: 131073, name: 'Brooktrout TR1034 Line 1', flags: 3, rings: 1, priority: 1, state: 'RECEIVING', tsid: '+44 20 7946 0001', csid: '+44 20 7946 0001', enabledMethods: [ROUTE_PRINT] },
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
  ];
}

/** simulator/src/default_state.h: the default world as the C string the library writes on first use. */
export function defaultStateHeader(): string {
  const bytes = Buffer.from(serializeState(defaultWorld()), 'utf8');
  const lines: string[] = [];
  let line = '';
  let afterHex = false;
  for (const byte of bytes) {
    const char = String.fromCharCode(byte);
    let piece: string;
    if (byte === 0x0a) piece = '\\n';
    else if (byte === 0x09) piece = '\\t';
    else if (byte === 0x5c) piece = '\\\\';
    else if (byte === 0x22) piece = '\\"';
    else if (byte < 0x20 || byte >= 0x7f) piece = `\\x${byte.toString(16).padStart(2, '0')}`;
    // A hex escape would swallow a following hex digit: end the literal there and start another.
    else piece = afterHex && /[0-9a-fA-F]/.test(char) ? `" "${char}` : char;
    afterHex = piece.startsWith('\\x');
    line += piece;
    if (byte === 0x0a) {
      lines.push(`    "${line}"`);
      line = '';
      afterHex = false;
    }
  }
  return [
    '/* Generated from src/simulator-state/default-world.ts by `node scripts/write-default-state.mjs`:',
    ' * edit the world there, then run that script (test/simulator/default-world.test.ts checks the two agree). */',
    '#ifndef FAXSIM_DEFAULT_STATE_H',
    '#define FAXSIM_DEFAULT_STATE_H',
    '',
    'static const char DEFAULT_STATE[] =',
    lines.join('\n') + ';',
    '',
    '#endif',
    '',
  ].join('\n');
}
