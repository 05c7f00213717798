// Error messages lead with what happened to which server, port or routing method, and keep the
// API, the Win32 code and its name; the error carries what it concerned for callers to use.
import { expect } from 'chai';
import { withSession, type FaxServerSession } from '../../src/core/session.js';
import { FaxApiError, ValidationError } from '../../src/core/errors.js';
import { RPC_S_SERVER_UNAVAILABLE } from '../../src/winfax/win32-errors.js';
import { useSimulator } from '../helpers/simulator.js';

const NO_GUID = '{00000000-0000-0000-0000-000000000000}';

describe('core: messages that name what they concern', function () {
  const sim = useSimulator();

  function thrown(use: (session: FaxServerSession) => unknown, server?: string): Error {
    try {
      withSession({ library: sim.library, server }, use);
    } catch (error) {
      expect(error).to.be.instanceOf(Error);
      return error as Error;
    }
    throw new Error('expected the call to fail');
  }

  function apiError(use: (session: FaxServerSession) => unknown, server?: string): FaxApiError {
    const error = thrown(use, server);
    expect(error).to.be.instanceOf(FaxApiError);
    return error as FaxApiError;
  }

  it('an unreachable server: which server, then the API, code and name', function () {
    for (const [asked, shown] of [['NOWHERE', 'NOWHERE'], ['\\\\FAXSRV99', 'FAXSRV99']] as const) {
      const error = apiError((s) => s.listPorts(), asked);
      expect(error.message).to.equal(
        `Fax server ${shown} cannot be reached. (FaxConnectFaxServerW failed: RPC_S_SERVER_UNAVAILABLE (1722): The RPC server is unavailable.)`,
      );
      expect(error).to.include({ api: 'FaxConnectFaxServerW', win32Code: 1722, win32Name: 'RPC_S_SERVER_UNAVAILABLE', server: shown });
    }
  });

  it('a server that stops answering after the connection: which server', function () {
    sim.controls.injectFault('FaxEnumPortsW', 1, RPC_S_SERVER_UNAVAILABLE);
    const error = apiError((s) => s.listPorts(), 'FAXSRV02');
    expect(error.message).to.match(/^Fax server FAXSRV02 cannot be reached\. \(FaxEnumPortsW failed: RPC_S_SERVER_UNAVAILABLE \(1722\)/);
  });

  it('an unknown device id: which id on which server, for reading and for changing', function () {
    for (const use of [(s: FaxServerSession) => s.getPort({ deviceId: 4242 }), (s: FaxServerSession) => s.setPort({ deviceId: 4242 }, { rings: 1 })]) {
      const error = apiError(use);
      expect(error.message).to.equal('No fax device with id 4242 on localhost. (FaxOpenPort failed: ERROR_BAD_UNIT (20): The system cannot find the device specified.)');
      expect(error).to.include({ api: 'FaxOpenPort', win32Name: 'ERROR_BAD_UNIT', server: 'localhost', deviceId: 4242 });
    }
    expect(apiError((s) => s.getDeviceStatus({ deviceId: 7 }), 'FAXSRV02').message).to.match(/^No fax device with id 7 on FAXSRV02\. /);
  });

  it('a busy port: which port, by id and name, on which server', function () {
    const error = apiError((s) => s.setPort({ deviceId: 131073 }, { rings: 4 }), 'FAXSRV02');
    expect(error.message).to.equal(
      'Port 131073 (Brooktrout TR1034 Line 1) on FAXSRV02 is in use by an active fax job and cannot be changed until the job ends. ' +
        '(FaxSetPortW failed: ERROR_DEVICE_IN_USE (2404): The device is in use by an active process and cannot be disconnected.)',
    );
    expect(error).to.include({ win32Code: 2404, server: 'FAXSRV02', deviceId: 131073, deviceName: 'Brooktrout TR1034 Line 1' });
  });

  it('an unknown routing GUID: which GUID on which port', function () {
    const byId = apiError((s) => s.setRoutingMethodEnabled({ deviceId: 65537 }, NO_GUID, true));
    expect(byId.message).to.equal(`No routing method ${NO_GUID} for port 65537 on localhost. (FaxEnableRoutingMethodW failed: ERROR_INVALID_DATA (13): The data is invalid.)`);
    expect(byId).to.include({ win32Name: 'ERROR_INVALID_DATA', guid: NO_GUID, deviceId: 65537, server: 'localhost' });
    const byName = apiError((s) => s.setRoutingMethodEnabled({ name: 'usrobotics 56k voice' }, NO_GUID.toUpperCase(), false));
    expect(byName.message).to.match(/^No routing method \{00000000-0000-0000-0000-000000000000\} for port 65538 \(USRobotics 56K Voice\) on localhost\. /);
  });

  it('a refused access keeps its message and carries the port and server', function () {
    const error = apiError((s) => s.setPort({ deviceId: 70001 }, { rings: 1 }), 'READONLY');
    expect(error.message).to.equal('FaxOpenPort failed: ERROR_ACCESS_DENIED (5): Access is denied.');
    expect(error).to.include({ server: 'READONLY', deviceId: 70001, deviceName: 'Read-only modem' });
  });

  it('priority out of range: 1 to the number of ports on that server', function () {
    for (const [priority, server, count, shown] of [[0, undefined, 4, 'localhost'], [5, undefined, 4, 'localhost'], [3, 'FAXSRV02', 2, 'FAXSRV02']] as const) {
      const error = thrown((s) => s.setPort({ deviceId: server ? 131074 : 65537 }, { priority }), server);
      expect(error).to.be.instanceOf(ValidationError).and.include({ field: 'priority' });
      expect(error.message).to.equal(`Invalid priority: ${priority} is out of range; it must be 1 to ${count} (the number of ports on ${shown})`);
    }
    expect(thrown((s) => s.setPort({ deviceId: 65537 }, { priority: 1.5 })).message).to.equal(
      'Invalid priority: expected a whole number from 1 to the number of ports on the server, got 1.5',
    );
  });

  it('server configuration counts: the field and the range the service accepts', function () {
    const cases: [Record<string, number>, string][] = [
      [{ retries: -1 }, 'Invalid retries: -1 is out of range; it must be 0 to 99'],
      [{ retries: 100 }, 'Invalid retries: 100 is out of range; it must be 0 to 99'],
      [{ retries: 2.5 }, 'Invalid retries: expected a whole number from 0 to 99, got 2.5'],
      [{ retryDelay: -1 }, 'Invalid retryDelay: -1 is out of range; it must be 0 to 4294967295 (minutes)'],
      [{ dirtyDays: 2 ** 32 }, 'Invalid dirtyDays: 4294967296 is out of range; it must be 0 to 4294967295 (days)'],
    ];
    for (const [change, message] of cases) {
      const error = thrown((s) => s.setConfiguration(change));
      expect(error).to.be.instanceOf(ValidationError);
      expect(error.message).to.equal(message);
    }
    expect(withSession({ library: sim.library }, (s) => s.setConfiguration({ retries: 99, retryDelay: 0xffff_ffff }))).to.include({ retries: 99, retryDelay: 0xffff_ffff });
  });
});
