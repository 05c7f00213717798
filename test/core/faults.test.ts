// A failure at every step of every operation: the error names the API and code that failed,
// and the simulator's counters show that every handle was closed and every buffer freed.
import { expect } from 'chai';
import { withSession } from '../../src/core/session.js';
import { FaxApiError } from '../../src/winfax/errors.js';
import type { BoolFunctionName } from '../../src/winfax/prototypes.js';
import { ERROR_NOT_ENOUGH_MEMORY, RPC_S_CALL_FAILED } from '../../src/winfax/win32-errors.js';
import { useSimulator } from '../helpers/simulator.js';
import { operations } from '../helpers/operations.js';

const CODES = [RPC_S_CALL_FAILED, ERROR_NOT_ENOUGH_MEMORY];

describe('core: a fault at every step releases everything', function () {
  const sim = useSimulator();
  let injected = 0;

  after(function () {
    // Visible in the test log, for the record of how much was exercised.
    console.log(`      (${injected} faults injected across ${operations.length} operations)`);
  });

  for (const operation of operations) {
    for (const api of operation.sequence) {
      for (const code of CODES) {
        it(`${operation.name}: every call of ${api} failing with ${code}`, function () {
          let fired = 0;
          for (let nth = 1; nth < 20; nth += 1) {
            const stateBefore = sim.readState();
            sim.controls.injectFault(api, nth, code);
            let error: unknown;
            try {
              withSession({ library: sim.library }, operation.run);
            } catch (caught) {
              error = caught;
            }
            sim.controls.clearFaults();
            expect(sim.controls.stats(), `leaks after ${api} call ${nth} failed`).to.deep.equal({ serverHandles: 0, portHandles: 0, unfreedBuffers: 0 });
            if (error === undefined) break; // the operation makes fewer than nth calls of api
            fired += 1;
            injected += 1;
            expect(error).to.be.instanceOf(FaxApiError);
            expect(error).to.include({ api, win32Code: code });
            if (api === operation.writes) expect(sim.readState(), 'a failed write changes nothing').to.equal(stateBefore);
          }
          expect(fired, `${api} was never called by ${operation.name}`).to.be.greaterThan(0);
        });
      }
    }
  }

  it('FaxFreeBuffer returns nothing, so a fault aimed at it cannot fail an operation or leak', function () {
    sim.controls.injectFault('FaxFreeBuffer' as BoolFunctionName, 1, RPC_S_CALL_FAILED);
    expect(withSession({ library: sim.library }, (s) => s.listPorts())).to.have.length(4);
  });
});
