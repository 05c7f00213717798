// What an error concerned travels in its data (PROTOCOL.md, Errors), so a client can make it the
// target of what it reports; the handshake returns what PROTOCOL.md says it returns.
import { writeFileSync } from 'node:fs';
import { expect } from 'chai';
import { SidecarClient } from '../helpers/sidecar.js';
import { useSimulator } from '../helpers/simulator.js';
import { FaxApiError, PortBeingModifiedError } from '../../src/core/errors.js';
import { serializeError } from '../../src/sidecar/serialize-error.js';
import { ERROR_INVALID_HANDLE } from '../../src/winfax/win32-errors.js';

const NO_GUID = '{00000000-0000-0000-0000-000000000000}';

describe('sidecar protocol: what errors concern', function () {
  const sim = useSimulator();
  let sidecar: SidecarClient;

  beforeEach(function () {
    sidecar = new SidecarClient(sim.env());
  });

  afterEach(async function () {
    await sidecar.stopAfter(this.currentTest);
  });

  it('an unknown device id: deviceId and server in the data, both in the message', async function () {
    const { error } = await sidecar.call('port.get', { deviceId: 4242 });
    expect(error?.code).to.equal(-32002);
    expect(error?.data).to.deep.equal({ type: 'PortNotFound', api: 'FaxOpenPort', win32Code: 20, win32Name: 'ERROR_BAD_UNIT', deviceId: 4242, server: 'localhost' });
    expect(error?.message).to.match(/^No fax device with id 4242 on localhost\. \(FaxOpenPort failed: ERROR_BAD_UNIT \(20\)/);
  });

  it('a busy port: its id and name; an unknown routing method: its GUID and port', async function () {
    const busy = await sidecar.call('port.set', { server: 'FAXSRV02', deviceId: 131073, change: { rings: 2 } });
    expect(busy.error?.data).to.include({ type: 'PortBusy', win32Name: 'ERROR_DEVICE_IN_USE', server: 'FAXSRV02', deviceId: 131073, deviceName: 'Brooktrout TR1034 Line 1' });
    const routing = await sidecar.call('routing.setEnabled', { deviceId: 65538, guid: NO_GUID, enabled: true });
    expect(routing.error?.data).to.include({ type: 'FaxApi', win32Name: 'ERROR_INVALID_DATA', guid: NO_GUID, deviceId: 65538, server: 'localhost' });
    expect(routing.error?.message).to.match(/^No routing method \{0{8}-0{4}-0{4}-0{4}-0{12}\} for port 65538 on localhost\. /);
  });

  it('a state file the simulator cannot load: its path and line in the message and in data.diagnostic, the Win32 code kept', async function () {
    writeFileSync(sim.stateFile, sim.readState().replace('C:\\ProgramData\\Microsoft\\Windows NT\\MSFax\\SentItems', 'C:\\Fax\tArchive'));
    const { error } = await sidecar.call('config.get', {});
    expect(error?.data).to.include({ type: 'FaxApi', api: 'FaxConnectFaxServerW', win32Code: 13, win32Name: 'ERROR_INVALID_DATA' });
    const diagnostic = error?.data?.['diagnostic'];
    expect(diagnostic).to.be.a('string').and.match(new RegExp(`^simulator state file ${sim.stateFile.replace(/[.\\/]/g, '\\$&')} line 5: a config record holds 11 fields`));
    expect(error?.message).to.equal(`${String(diagnostic)}. (FaxConnectFaxServerW failed: ERROR_INVALID_DATA (13): The data is invalid.)`);
  });

  it('the handshake names the library by source only, as PROTOCOL.md documents', async function () {
    const { result } = await sidecar.call('handshake', {});
    // The Wine run names the stand-in in system32 through FAXBRIDGE_LIBRARY (sim.env() keeps it).
    const expected = sim.env()['FAXBRIDGE_LIBRARY']
      ? { source: 'environment', simulator: false }
      : process.platform === 'win32' ? { source: 'windows', simulator: false } : { source: 'simulator', simulator: true };
    expect((result as { library: unknown }).library).to.deep.equal(expected);
  });

  it('the handshake lists the server methods with their access, and each one it lists is answered', async function () {
    const { result } = await sidecar.call('handshake', {});
    const operations = (result as { operations: { method: string; access: string; resendable: boolean }[] }).operations;
    expect(operations.find((o) => o.method === 'port.set')).to.deep.equal({ method: 'port.set', access: 'modify', resendable: true });
    expect(operations.find((o) => o.method === 'port.list')).to.include({ access: 'query' });
    for (const { method } of operations) {
      const { error } = await sidecar.call(method, { bogus: 1 });
      expect(error?.data, method).to.include({ type: 'InvalidParams' });
    }
  });
});

describe('sidecar protocol: error types', function () {
  it('a port held for modification travels as PortBeingModified, not as the ERROR_INVALID_HANDLE it came as', function () {
    const cause = new FaxApiError('FaxOpenPort', ERROR_INVALID_HANDLE);
    const detail = serializeError(new PortBeingModifiedError('FAXSRV02', 131073, cause));
    expect(detail).to.include({ type: 'PortBeingModified', api: 'FaxOpenPort', win32Name: 'ERROR_INVALID_HANDLE', deviceId: 131073 });
    expect(serializeError(new FaxApiError('FaxEnumPortsW', ERROR_INVALID_HANDLE))).to.include({ type: 'FaxApi' });
  });
});
