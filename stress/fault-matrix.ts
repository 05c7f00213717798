// A fault at every call of every operation's sequence, with each relevant Win32 error: the error
// names the failing API and code, and the simulator's counters show nothing left open.
import { withSession } from '../src/core/session.js';
import { FaxApiError } from '../src/winfax/errors.js';
import { loadWinFax } from '../src/winfax/library.js';
import { operations } from '../test/helpers/operations.js';
import type { StressReport } from './report.js';

const CODES = [5, 6, 8, 13, 87, 1722, 1726, 2404, 7001];

export function faultMatrix(report: StressReport): void {
  report.section('fault injection (every call of every operation, each Win32 error)');
  const library = loadWinFax();
  const controls = library.simulator;
  if (!controls) throw new Error('fault injection needs the simulator');
  let injected = 0;
  let leaks = 0;
  let misreported = 0;
  for (const operation of operations) {
    for (const api of operation.sequence) {
      for (const code of CODES) {
        for (let nth = 1; nth < 20; nth += 1) {
          controls.injectFault(api, nth, code);
          let error: unknown;
          try {
            withSession({ library }, operation.run);
          } catch (caught) {
            error = caught;
          }
          controls.clearFaults();
          const stats = controls.stats();
          if (stats.serverHandles || stats.portHandles || stats.unfreedBuffers) leaks += 1;
          if (error === undefined) break;
          injected += 1;
          if (!(error instanceof FaxApiError) || error.api !== api || error.win32Code !== code) misreported += 1;
        }
      }
    }
  }
  report.figure('faults injected', injected);
  report.figure('leaks found', leaks);
  report.check('every fault reported with the failing API and its code', misreported === 0, `${misreported} misreported`);
  report.check('no handle or buffer left after any fault', leaks === 0);
}
