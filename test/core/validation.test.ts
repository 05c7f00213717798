// Bad values are rejected with a message naming the field: validatePortChange makes no call at
// all, and a session's setPort makes no fax API call after the connection it already holds.
import { expect } from 'chai';
import { FaxServerSession, withSession } from '../../src/core/session.js';
import { ValidationError } from '../../src/core/errors.js';
import { validateConfigurationChange, validatePortChange } from '../../src/core/validate.js';
import type { PortChange } from '../../src/core/model.js';
import { PROTOTYPES, type WinFaxFunctionName } from '../../src/winfax/prototypes.js';
import { RPC_S_CALL_FAILED } from '../../src/winfax/win32-errors.js';
import { thrown } from '../helpers/failure.js';
import { useSimulator } from '../helpers/simulator.js';

const rejection = (call: () => unknown): ValidationError => thrown(ValidationError, call);

describe('core: validation of port changes', function () {
  const cases: [string, PortChange, string, RegExp][] = [
    ['a TSID over 20 characters', { tsid: 'x'.repeat(21) }, 'tsid', /21 characters long; at most 20/],
    ['a CSID with a non-ASCII letter', { csid: 'Café' }, 'csid', /'é' U\+00E9 at position 4 is not printable 7-bit ASCII/],
    ['a TSID with a control character', { tsid: 'A\tB' }, 'tsid', /U\+0009 at position 2/],
    ['a TSID with DEL', { tsid: 'A\u007f' }, 'tsid', /U\+007F/],
    ['rings above 99', { rings: 100 }, 'rings', /100 is out of range; it must be 0 to 99/],
    ['negative rings', { rings: -1 }, 'rings', /-1 is out of range/],
    ['fractional rings', { rings: 2.5 }, 'rings', /expected a whole number from 0 to 99, got 2.5/],
    ['rings that are not a number', { rings: Number.NaN }, 'rings', /got NaN/],
    ['priority 0', { priority: 0 }, 'priority', /0 is out of range/],
    ['an empty change', {}, 'change', /nothing to change/],
  ];

  for (const [what, change, field, message] of cases) {
    it(`rejects ${what}`, function () {
      const error = rejection(() => validatePortChange(change));
      expect(error.field).to.equal(field);
      expect(error.message).to.match(message);
    });
  }

  it('accepts 20 printable characters, 0 and 99 rings', function () {
    validatePortChange({ tsid: ' !"#$%&()*+,-./0123~', rings: 0 });
    validatePortChange({ rings: 99, csid: '' });
  });

  describe('in a session', function () {
    const sim = useSimulator();

    /** Arms a failure on the next call of every winfax function: any call made after this fails. */
    function failEveryCall(): void {
      for (const api of Object.keys(PROTOTYPES) as WinFaxFunctionName[]) sim.controls.injectFault(api, 1, RPC_S_CALL_FAILED);
    }

    it('rejects a bad TSID with no fax API call beyond the connection: a fault armed on every function never fires', function () {
      const before = sim.readState();
      const session = FaxServerSession.connect({ library: sim.library });
      try {
        failEveryCall();
        const error = rejection(() => session.setPort({ deviceId: 65537 }, { tsid: 'x'.repeat(30), rings: 5 }));
        expect(error.field).to.equal('tsid');
        // The faults are still armed: the same session's next call is the first to meet one.
        const next = (() => {
          try {
            session.listPorts();
          } catch (caught) {
            return caught;
          }
          return undefined;
        })();
        expect(next, 'the armed fault fires on the first call after the rejection').to.include({ api: 'FaxEnumPortsW', win32Code: RPC_S_CALL_FAILED });
      } finally {
        sim.controls.clearFaults();
        session.close();
      }
      expect(sim.readState()).to.equal(before);
    });

    it('rejects a priority above the number of ports before opening the port', function () {
      sim.controls.injectFault('FaxOpenPort', 1, RPC_S_CALL_FAILED);
      const error = rejection(() => withSession({ library: sim.library }, (s) => s.setPort({ deviceId: 65537 }, { priority: 5 })));
      expect(error.message).to.equal('Invalid priority: 5 is out of range; it must be 1 to 4 (the number of ports on localhost)');
    });

    it('rejects a device id that is not a DWORD', function () {
      const error = rejection(() => withSession({ library: sim.library }, (s) => s.getPort({ deviceId: -3 })));
      expect(error.field).to.equal('deviceId');
    });

    it('rejects an empty device name', function () {
      const error = rejection(() => withSession({ library: sim.library }, (s) => s.getPort({ name: '' })));
      expect(error.field).to.equal('name');
    });
  });
});

describe('core: ports that share a name', function () {
  const twin = (deviceId: number, priority: number) => ({
    deviceId, name: 'Twin modem', flags: 3, rings: 1, priority, state: 'AVAILABLE', tsid: 'T', csid: 'T',
  });
  const sim = useSimulator(() => [{ name: 'local', ports: [twin(1, 1), twin(2, 2)] }]);

  it('asks for a device id instead of guessing', function () {
    const error = rejection(() => withSession({ library: sim.library }, (s) => s.getPort({ name: 'twin MODEM' })));
    expect(error.message).to.equal('Invalid name: several ports are named "twin MODEM" (device ids 1, 2); select one by device id');
  });
});

describe('core: validation of configuration changes', function () {
  it('rejects malformed times and negative counts', function () {
    expect(rejection(() => validateConfigurationChange({ startCheapTime: '24:00' })).message).to.match(/HH:MM \(00:00 to 23:59\), got "24:00"/);
    expect(rejection(() => validateConfigurationChange({ stopCheapTime: '7pm' })).field).to.equal('stopCheapTime');
    expect(rejection(() => validateConfigurationChange({ retries: -1 })).field).to.equal('retries');
    expect(rejection(() => validateConfigurationChange({})).field).to.equal('change');
  });
});
