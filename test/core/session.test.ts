// The core's operations as a user of the library sees them.
import { expect } from 'chai';
import { FaxServerSession, withSession } from '../../src/core/session.js';
import { NotSupportedError, PortBeingModifiedError, PortNotFoundError, ValidationError } from '../../src/core/errors.js';
import { FaxApiError } from '../../src/winfax/errors.js';
import { PORT_OPEN_MODIFY } from '../../src/winfax/constants.js';
import type { FaxPointer, Out } from '../../src/winfax/prototypes.js';
import { useSimulator } from '../helpers/simulator.js';
import { JOB_START, JOB_SUBMITTED, ROUTE_EMAIL, STORE_IN_FOLDER } from '../helpers/fixtures.js';

function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}

describe('core: a fax server session', function () {
  const sim = useSimulator();
  const session = <T>(use: (s: FaxServerSession) => T, server?: string): T => withSession({ library: sim.library, server }, use);

  it('lists every port with flags decoded to booleans and the state to a name', function () {
    const ports = session((s) => s.listPorts());
    expect(ports.map((p) => p.deviceId)).to.deep.equal([65537, 65538, 65539, 65540]);
    expect(ports[0]).to.deep.equal({
      backend: 'winfax', server: 'localhost', deviceId: 65537, name: 'Standard 56000 bps Modem', state: 'Available', stateCode: 0x20100000,
      sendEnabled: true, receiveEnabled: true, virtual: false, rings: 2, priority: 1, tsid: '+1 425 555 0100', csid: '+1 425 555 0100',
    });
    expect(ports[1]).to.include({ sendEnabled: false, receiveEnabled: true, virtual: false });
    expect(ports[2]).to.include({ name: 'Línea de fax 3 (Conexant)', state: 'Offline' });
    expect(ports[3]).to.include({ sendEnabled: true, receiveEnabled: false, virtual: true });
  });

  it('gets one port by device id, or by name regardless of case', function () {
    expect(session((s) => s.getPort({ deviceId: 65538 })).name).to.equal('USRobotics 56K Voice');
    expect(session((s) => s.getPort({ name: 'usrobotics 56k VOICE' })).deviceId).to.equal(65538);
  });

  it('reports an unknown device id as the service does (ERROR_BAD_UNIT from FaxOpenPort) and an unknown name as not found', function () {
    const byId = thrown(() => session((s) => s.getPort({ deviceId: 99 })));
    expect(byId).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxOpenPort', win32Name: 'ERROR_BAD_UNIT' });
    const byName = thrown(() => session((s) => s.getPort({ name: 'No such modem' })));
    expect(byName).to.be.instanceOf(PortNotFoundError);
    expect(byName.message).to.equal('No fax port with device name "No such modem" on localhost.');
  });

  it('reads the device status of a busy port, with its job and ISO times', function () {
    const status = session((s) => s.getDeviceStatus({ deviceId: 131073 }), 'FAXSRV02');
    expect(status).to.include({
      server: 'FAXSRV02', deviceId: 131073, status: 'Receiving', jobType: 'Receive', currentPage: 2, totalPages: 5,
      callerId: '+44 161 496 0123', senderName: 'Fabrikam Ltd', documentName: 'Purchase order 4471',
    });
    expect(status.startTime).to.equal(new Date(JOB_START * 1000).toISOString());
    expect(status.submittedTime).to.equal(new Date(JOB_SUBMITTED * 1000).toISOString());
  });

  it('reads the device status of an idle port with no job', function () {
    const status = session((s) => s.getDeviceStatus({ name: 'USRobotics 56K Voice' }));
    expect(status).to.include({ deviceId: 65538, status: 'Available', jobType: null, startTime: null });
  });

  it('sets a partial change, returns the port as re-read, and leaves the other fields alone', function () {
    const updated = session((s) => s.setPort({ deviceId: 65538 }, { rings: 5, tsid: 'Contoso Billing', sendEnabled: true }));
    expect(updated).to.include({ deviceId: 65538, rings: 5, tsid: 'Contoso Billing', csid: 'Contoso Sales', sendEnabled: true, receiveEnabled: true, priority: 2 });
  });

  it('persists a change so that a new session, and the state file, show it', function () {
    session((s) => s.setPort({ name: 'Standard 56000 bps Modem' }, { csid: 'RECEPTION', receiveEnabled: false }));
    const reread = session((s) => s.getPort({ deviceId: 65537 }));
    expect(reread).to.include({ csid: 'RECEPTION', receiveEnabled: false, sendEnabled: true });
    expect(sim.readState()).to.contain('\tRECEPTION\t');
  });

  it('renumbers the other ports when a priority changes, keeping 1..n', function () {
    session((s) => s.setPort({ deviceId: 65540 }, { priority: 1 }));
    const priorities = Object.fromEntries(session((s) => s.listPorts()).map((p) => [p.deviceId, p.priority]));
    expect(priorities).to.deep.equal({ 65540: 1, 65537: 2, 65538: 3, 65539: 4 });
  });

  it('changes send and receive without making a port virtual or a virtual one a modem', function () {
    // Each change flips both flags, so that a wrong bit written along with them would show.
    const virtual = session((s) => s.setPort({ deviceId: 65540 }, { receiveEnabled: true, sendEnabled: false }));
    expect(virtual).to.include({ virtual: true, receiveEnabled: true, sendEnabled: false });
    const modem = session((s) => s.setPort({ deviceId: 65538 }, { receiveEnabled: false, sendEnabled: true }));
    expect(modem).to.include({ virtual: false, receiveEnabled: false, sendEnabled: true });
    const reread = Object.fromEntries(session((s) => s.listPorts()).map((p) => [p.deviceId, [p.virtual, p.sendEnabled, p.receiveEnabled]]));
    expect(reread).to.deep.include({ 65540: [true, false, true], 65538: [false, true, false] });
  });

  it('refuses to change a port that is busy with ERROR_DEVICE_IN_USE, changing nothing', function () {
    const before = sim.readState();
    const error = thrown(() => session((s) => s.setPort({ deviceId: 131073 }, { rings: 4 }), 'FAXSRV02'));
    expect(error).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxSetPortW', win32Name: 'ERROR_DEVICE_IN_USE' });
    expect(sim.readState()).to.equal(before);
  });

  it('holds port modification exclusive: a second modifier gets ERROR_INVALID_HANDLE from FaxOpenPort', function () {
    const server: Out<FaxPointer | null> = [null];
    sim.library.invoke('FaxConnectFaxServerW', null, server);
    const modifier: Out<FaxPointer | null> = [null];
    sim.library.invoke('FaxOpenPort', server[0] as FaxPointer, 65537, PORT_OPEN_MODIFY, modifier);
    try {
      const error = thrown(() => session((s) => s.setPort({ deviceId: 65537 }, { rings: 1 })));
      expect(error).to.be.instanceOf(PortBeingModifiedError).and.include({ api: 'FaxOpenPort', win32Name: 'ERROR_INVALID_HANDLE' });
      expect(error.message).to.match(/^Port 65537 on localhost is being modified by another client; try again once it is released\. \(FaxOpenPort failed: ERROR_INVALID_HANDLE \(6\)/);
      // Reading is not blocked by a modifier.
      expect(session((s) => s.getPort({ deviceId: 65537 })).rings).to.equal(2);
    } finally {
      sim.library.functions.FaxClose(modifier[0]);
      sim.library.functions.FaxClose(server[0]);
    }
    expect(session((s) => s.setPort({ deviceId: 65537 }, { rings: 1 })).rings).to.equal(1);
  });

  it('connects to named servers and fails on unknown ones with RPC_S_SERVER_UNAVAILABLE', function () {
    expect(session((s) => s.listPorts(), '\\\\faxsrv02').map((p) => p.server)).to.deep.equal(['faxsrv02', 'faxsrv02']);
    const error = thrown(() => session((s) => s.listPorts(), 'NOWHERE'));
    expect(error).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxConnectFaxServerW', win32Name: 'RPC_S_SERVER_UNAVAILABLE' });
  });

  it('reports missing rights as ERROR_ACCESS_DENIED from the call that needs them', function () {
    expect(session((s) => s.listPorts(), 'READONLY')).to.have.length(1);
    const set = thrown(() => session((s) => s.setPort({ deviceId: 70001 }, { rings: 1 }), 'READONLY'));
    expect(set).to.include({ api: 'FaxOpenPort', win32Name: 'ERROR_ACCESS_DENIED' });
    const list = thrown(() => session((s) => s.listPorts(), 'LOCKEDOUT'));
    expect(list).to.include({ api: 'FaxEnumPortsW', win32Name: 'ERROR_ACCESS_DENIED' });
  });

  it('on Windows, refuses a remote server on the legacy API and points to the COM backend', function () {
    const windowsLike = { ...sim.library, isWindowsFaxService: true };
    const error = thrown(() => FaxServerSession.connect({ library: windowsLike, server: 'FAXSRV02' }));
    expect(error).to.be.instanceOf(NotSupportedError);
    expect(error.message).to.contain('local fax server').and.contain('--backend comex');
    // The local server stays reachable.
    FaxServerSession.connect({ library: windowsLike, server: 'localhost' }).close();
  });

  it('lists routing methods of a port and enables or disables one, persisted', function () {
    const methods = session((s) => s.listRoutingMethods({ deviceId: 65537 }));
    expect(methods.map((m) => [m.guid, m.enabled])).to.deep.include.members([[STORE_IN_FOLDER, true], [ROUTE_EMAIL, false]]);
    expect(methods[0]).to.include({ deviceId: 65537, deviceName: 'Standard 56000 bps Modem', extensionFriendlyName: 'Microsoft Routing Extension' });
    const enabled = session((s) => s.setRoutingMethodEnabled({ deviceId: 65537 }, ROUTE_EMAIL.toUpperCase().slice(1, -1), true));
    expect(enabled).to.include({ guid: ROUTE_EMAIL, enabled: true });
    expect(session((s) => s.listRoutingMethods({ deviceId: 65537 })).find((m) => m.guid === ROUTE_EMAIL)?.enabled).to.equal(true);
    expect(thrown(() => session((s) => s.setRoutingMethodEnabled({ deviceId: 65537 }, 'not-a-guid', true)))).to.be.instanceOf(ValidationError);
  });

  it('reads and changes the server configuration, persisted', function () {
    const before = session((s) => s.getConfiguration());
    expect(before).to.include({ retries: 3, retryDelay: 10, startCheapTime: '20:00', stopCheapTime: '07:00', branding: true });
    const after = session((s) => s.setConfiguration({ retries: 5, stopCheapTime: '06:30', pauseServerQueue: true }));
    expect(after).to.include({ retries: 5, stopCheapTime: '06:30', pauseServerQueue: true, retryDelay: 10 });
    expect(session((s) => s.getConfiguration())).to.deep.equal(after);
    const denied = thrown(() => session((s) => s.setConfiguration({ retries: 1 }), 'READONLY'));
    expect(denied).to.include({ api: 'FaxSetConfigurationW', win32Name: 'ERROR_ACCESS_DENIED' });
  });

  it('closing a session twice is harmless, and a closed session cannot be used', function () {
    const s = FaxServerSession.connect({ library: sim.library });
    s.close();
    s.close();
    expect(s.isOpen).to.equal(false);
    expect(thrown(() => s.listPorts())).to.be.instanceOf(FaxApiError).and.include({ win32Name: 'ERROR_INVALID_HANDLE' });
  });
});
