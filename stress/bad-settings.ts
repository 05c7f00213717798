// Every out-of-range or malformed value for each settable field, job id and job command is
// rejected before any API call with an error naming the field, and the state does not change.
import { ValidationError } from '../src/core/errors.js';
import type { ConfigurationChange, JobCommand, PortChange } from '../src/core/model.js';
import { type FaxServerSession, withSession } from '../src/core/session.js';
import { loadWinFax } from '../src/winfax/library.js';
import type { StressReport } from './report.js';
import type { StressWorld } from './world.js';

const BAD_PORT_VALUES: Record<keyof PortChange, unknown[]> = {
  rings: [-1, 100, 1000, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null, true],
  priority: [0, -1, 5, 1.5, Number.NaN, 2 ** 32, '1', null],
  tsid: ['x'.repeat(21), 'Café', 'tab\there', 'line\nbreak', '\u007f', '\u0000', '☎ 555', 42, null],
  csid: ['y'.repeat(40), 'Ñandú', '\r', 'emoji 📠', 7, false],
  sendEnabled: ['yes', 1, 0, null, 'true'],
  receiveEnabled: ['no', 1, {}, []],
};

const BAD_CONFIG_VALUES: Record<string, unknown[]> = {
  retries: [-1, 1.5, Number.NaN, 2 ** 32, '3'],
  retryDelay: [-5, 0.5, 'ten'],
  dirtyDays: [-1, 2 ** 33],
  startCheapTime: ['24:00', '7pm', '12:60', '', 1200],
  stopCheapTime: ['-1:00', '25:99', 'noon'],
  branding: ['on', 1],
  archiveDirectory: ['bad\u0000path', 5],
};

const BAD_JOB_IDS: unknown[] = [0, -1, 1.5, 2 ** 32, Number.NaN, Number.POSITIVE_INFINITY, '1001', null, true, {}];
const BAD_JOB_COMMANDS: unknown[] = ['stop', 'Pause', 'DELETE', '', 'restart ', 1, 2, 3, null, true, ['pause']];

export function badSettings(report: StressReport, world: StressWorld): void {
  report.section('bad settings (rejected before the API, state unchanged)');
  const library = loadWinFax();
  const controls = library.simulator;
  if (!controls) throw new Error('bad-settings checks need the simulator');
  let tried = 0;
  let wronglyAccepted: string[] = [];
  const before = world.readState();
  for (const [field, values] of Object.entries(BAD_PORT_VALUES)) {
    for (const value of values) {
      tried += 1;
      // Armed on the first write the session could make: it must never fire.
      controls.injectFault('FaxSetPortW', 1, 1726);
      try {
        withSession({ library }, (s) => s.setPort({ deviceId: 65537 }, { [field]: value } as PortChange));
        wronglyAccepted.push(`${field}=${JSON.stringify(value)}`);
      } catch (error) {
        if (!(error instanceof ValidationError) || error.field !== field) wronglyAccepted.push(`${field}=${JSON.stringify(value)} (${String(error)})`);
      } finally {
        controls.clearFaults();
      }
    }
  }
  for (const [field, values] of Object.entries(BAD_CONFIG_VALUES)) {
    for (const value of values) {
      tried += 1;
      controls.injectFault('FaxSetConfigurationW', 1, 1726);
      try {
        withSession({ library }, (s) => s.setConfiguration({ [field]: value } as ConfigurationChange));
        wronglyAccepted.push(`${field}=${JSON.stringify(value)}`);
      } catch (error) {
        if (!(error instanceof ValidationError) || error.field !== field) wronglyAccepted.push(`${field}=${JSON.stringify(value)} (${String(error)})`);
      } finally {
        controls.clearFaults();
      }
    }
  }
  // Job ids and commands: refused before FaxGetJobW, FaxSetJobW or FaxAbort is called.
  const jobCases: [string, unknown, (value: unknown) => (s: FaxServerSession) => unknown][] = [
    ...BAD_JOB_IDS.flatMap((id): [string, unknown, (value: unknown) => (s: FaxServerSession) => unknown][] => [
      ['jobId', id, (v) => (s) => s.getJob(v as number)],
      ['jobId', id, (v) => (s) => s.setJob(v as number, 'pause')],
      ['jobId', id, (v) => (s) => s.abortJob(v as number)],
    ]),
    ...BAD_JOB_COMMANDS.map((command): [string, unknown, (value: unknown) => (s: FaxServerSession) => unknown] => [
      'command', command, (v) => (s) => s.setJob(1001, v as JobCommand),
    ]),
  ];
  for (const [field, value, use] of jobCases) {
    tried += 1;
    for (const api of ['FaxGetJobW', 'FaxSetJobW', 'FaxAbort'] as const) controls.injectFault(api, 1, 1726);
    try {
      withSession({ library }, use(value));
      wronglyAccepted.push(`${field}=${JSON.stringify(value)}`);
    } catch (error) {
      if (!(error instanceof ValidationError) || error.field !== field) wronglyAccepted.push(`${field}=${JSON.stringify(value)} (${String(error)})`);
    } finally {
      controls.clearFaults();
    }
  }
  wronglyAccepted = wronglyAccepted.slice(0, 10);
  report.figure('bad values tried', tried);
  report.check('every bad value rejected with a ValidationError naming its field', wronglyAccepted.length === 0, wronglyAccepted.join('; '));
  report.check('the state file is unchanged', world.readState() === before);
}
