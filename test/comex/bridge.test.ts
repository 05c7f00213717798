// The FaxComEx backend for real through edge-js on CoreCLR: the C# bridge loaded and called,
// with the COM objects replaced by the bridge's managed stand-in of the same shape. COM itself
// runs only on Windows.
import { expect } from 'chai';
import { ComExSession, STAND_IN_ENV } from '../../src/comex/session.js';
import { FaxApiError, FaxNotInstalledError } from '../../src/winfax/errors.js';
import { NotSupportedError, PortNotFoundError, ValidationError } from '../../src/core/errors.js';
import { defaultBackend, resolveBackend } from '../../src/backends/index.js';
import { runCli } from '../helpers/cli.js';
import { rejection, standIn } from '../helpers/comex.js';


describe('FaxComEx backend through edge-js (managed stand-in for the COM objects)', function () {
  this.timeout(60_000);

  it('lists devices with the properties only FaxComEx has', async function () {
    const ports = await new ComExSession(undefined, standIn).listPorts();
    expect(ports.map((p) => p.deviceId)).to.deep.equal([65537, 65538]);
    expect(ports[0]).to.include({
      server: 'localhost', name: 'Standard 56000 bps Modem', state: 'Available', receiveMode: 'Auto', receiveEnabled: true,
      poweredOff: false, provider: 'Microsoft Modem Device Provider', rings: 2,
    });
    expect(ports[0]?.usedRoutingMethods).to.deep.equal(['{92041a90-9af2-11d0-abf7-00c04fd91a4e}']);
  });

  it('sets a device through FaxDevice.Save and returns it as refreshed', async function () {
    const session = new ComExSession(undefined, standIn);
    const updated = await session.setPort({ name: 'usrobotics 56k voice' }, { rings: 6, receiveEnabled: false, csid: 'COMEX CSID' });
    expect(updated).to.include({ deviceId: 65538, rings: 6, receiveEnabled: false, receiveMode: 'Off', csid: 'COMEX CSID' });
    expect(await session.getPort({ deviceId: 65538 })).to.include({ rings: 6, csid: 'COMEX CSID' });
  });

  it('maps COM failures to the same FaxApiError as the winfax backend, with the Win32 code of the HRESULT', async function () {
    const unreachable = await rejection(new ComExSession('NOWHERE', standIn).listPorts());
    expect(unreachable).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxServer.Connect', win32Code: 1722, win32Name: 'RPC_S_SERVER_UNAVAILABLE' });
    const busy = await rejection(new ComExSession('\\\\FAXSRV02', standIn).setPort({ deviceId: 131073 }, { rings: 1 }));
    expect(busy).to.include({ api: 'FaxDevice.Save', win32Name: 'ERROR_DEVICE_IN_USE' });
  });

  it('reports an id no device has as not found (ItemById refusing it), naming the id', async function () {
    const missing = await rejection(new ComExSession(undefined, standIn).getPort({ deviceId: 9 }));
    expect(missing).to.be.instanceOf(PortNotFoundError);
    expect(missing.message).to.contain('9').and.contain('localhost');
  });

  it('turns a COMException from a property read or write into the FaxApiError naming that property', async function () {
    const session = new ComExSession('COMFAULT', standIn);
    const read = await rejection(session.getPort({ deviceId: 80001 }));
    expect(read).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxDevice.TSID', win32Code: 1726, win32Name: 'RPC_S_CALL_FAILED' });
    const written = await rejection(session.setPort({ deviceId: 80001 }, { rings: 4 }));
    expect(written).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxDevice.RingsBeforeAnswer', win32Name: 'ERROR_ACCESS_DENIED' });
    const configuration = await rejection(session.getConfiguration());
    expect(configuration).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxOutgoingQueue.AgeLimit', win32Name: 'RPC_S_CALL_FAILED' });
    const branding = await rejection(session.setConfiguration({ branding: false }));
    expect(branding).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxOutgoingQueue.Branding', win32Name: 'ERROR_ACCESS_DENIED' });
  });

  it('-ReceiveEnabled on keeps a manual-answer device on manual answer; only an Off device becomes Auto', async function () {
    const session = new ComExSession('MANUALSRV', standIn);
    expect(await session.getPort({ deviceId: 90101 })).to.include({ receiveMode: 'Manual', receiveEnabled: true });
    expect(await session.setPort({ deviceId: 90101 }, { receiveEnabled: true, rings: 1 })).to.include({ receiveMode: 'Manual', receiveEnabled: true, rings: 1 });
    expect(await session.setPort({ deviceId: 90101 }, { receiveEnabled: false })).to.include({ receiveMode: 'Off', receiveEnabled: false });
    expect(await session.setPort({ deviceId: 90101 }, { receiveEnabled: true })).to.include({ receiveMode: 'Auto', receiveEnabled: true });
  });

  it('reads a device with no routing method (UsedRoutingMethods VT_EMPTY) as an empty list', async function () {
    const [brooktrout] = await new ComExSession('FAXSRV02', standIn).listPorts();
    expect(brooktrout).to.include({ deviceId: 131073 });
    expect(brooktrout?.usedRoutingMethods).to.deep.equal([]);
  });

  it('validates before calling: bad values, and priority, which FaxComEx devices do not have', async function () {
    const session = new ComExSession(undefined, standIn);
    expect(await rejection(session.setPort({ deviceId: 65537 }, { tsid: 'x'.repeat(21) }))).to.be.instanceOf(ValidationError).and.include({ field: 'tsid' });
    expect(await rejection(session.setPort({ deviceId: 65537 }, { priority: 1 }))).to.be.instanceOf(ValidationError).and.include({ field: 'priority' });
  });

  it('reports device status from what the device is doing, with no job fields it cannot know', async function () {
    const receiving = await new ComExSession('FAXSRV02', standIn).getDeviceStatus({ deviceId: 131073 });
    expect(receiving).to.include({ backend: 'comex', server: 'FAXSRV02', deviceName: 'Brooktrout TR1034 Line 1', status: 'Receiving', jobType: null, startTime: null });
    expect(await new ComExSession('READONLY', standIn).getDeviceStatus({ name: 'read-only MODEM' })).to.include({ status: 'Ringing' });
  });

  it('reports a device name no device has as not found, naming the name', async function () {
    const missing = await rejection(new ComExSession(undefined, standIn).getPort({ name: 'No such modem' }));
    expect(missing).to.be.instanceOf(PortNotFoundError).and.include({ server: 'localhost' });
    expect(missing.message).to.contain('"No such modem"');
  });

  it('lists routing methods from FaxInboundRouting, enabled where the device uses them, and switches one', async function () {
    const session = new ComExSession(undefined, standIn);
    const methods = await session.listRoutingMethods({ deviceId: 65537 });
    expect(methods.map((m) => m.friendlyName)).to.deep.equal(['Store in a folder', 'Print', 'Route through e-mail']);
    expect(methods.find((m) => m.enabled)?.guid).to.equal('{92041a90-9af2-11d0-abf7-00c04fd91a4e}');
    const email = '{6BBF7BFE-9AF2-11D0-ABF7-00C04FD91A4E}';
    expect(await session.setRoutingMethodEnabled({ deviceId: 65537 }, email, true)).to.include({ backend: 'comex', enabled: true, functionName: 'FaxRouteEmail' });
    expect((await session.getPort({ deviceId: 65537 })).usedRoutingMethods).to.include(email.toLowerCase());
    expect(await session.setRoutingMethodEnabled({ deviceId: 65537 }, email, false)).to.include({ enabled: false });
    expect(await rejection(session.setRoutingMethodEnabled({ deviceId: 65537 }, 'not-a-guid', true))).to.be.instanceOf(ValidationError).and.include({ field: 'guid' });
  });

  it('maps the outgoing queue and archive onto the server configuration, and writes a change', async function () {
    const session = new ComExSession('FAXSRV02', standIn);
    expect(await session.getConfiguration()).to.include({
      backend: 'comex', retries: 3, retryDelay: 10, startCheapTime: '20:00', stopCheapTime: '07:00', serverCp: false, archiveOutgoingFaxes: false, archiveDirectory: 'D:\\Fax\\Sent',
    });
    const changed = await session.setConfiguration({ retries: 5, dirtyDays: 2, serverCp: true, startCheapTime: '21:30', archiveOutgoingFaxes: true });
    expect(changed).to.include({ retries: 5, dirtyDays: 2, serverCp: true, startCheapTime: '21:30', stopCheapTime: '07:00', archiveOutgoingFaxes: true });
    expect(await new ComExSession('FAXSRV02', standIn).getConfiguration(), 'as a new connection reads it').to.deep.equal(changed);
  });

  it('leaves nothing half-applied: a queue that refuses its save puts the archive back', async function () {
    const session = new ComExSession('QUEUEFAULT', standIn);
    const before = await session.getConfiguration();
    const refused = await rejection(session.setConfiguration({ retries: 9, archiveOutgoingFaxes: true, archiveDirectory: 'E:\\Archive' }));
    expect(refused).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxOutgoingQueue.Save', win32Name: 'FAX_ERR_SRV_OUTOFMEMORY' });
    expect(await session.getConfiguration()).to.deep.equal(before);
  });

  it('validates configuration values before calling, including the 32-bit range FaxComEx takes', async function () {
    const session = new ComExSession(undefined, standIn);
    expect(await rejection(session.setConfiguration({ retries: 0x8000_0000 }))).to.be.instanceOf(ValidationError).and.include({ field: 'retries' });
    expect(await rejection(session.setConfiguration({ startCheapTime: '25:00' }))).to.be.instanceOf(ValidationError).and.include({ field: 'startCheapTime' });
  });

  it('reports a user without the right to change settings as ERROR_ACCESS_DENIED from the Save that refused', async function () {
    const session = new ComExSession('READONLY', standIn);
    expect((await session.listPorts()).map((p) => p.name)).to.deep.equal(['Read-only modem']);
    const denied = await rejection(session.setPort({ deviceId: 70001 }, { rings: 4 }));
    expect(denied).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxDevice.Save', win32Name: 'ERROR_ACCESS_DENIED' });
    expect((await session.getPort({ deviceId: 70001 })).rings).to.equal(2);
  });

  it('answers many concurrent calls, each with its own complete result', async function () {
    const servers = Array.from({ length: 24 }, (_, i) => (i % 2 ? 'FAXSRV02' : undefined));
    const results = await Promise.all(servers.map((server) => new ComExSession(server, standIn).listPorts()));
    results.forEach((ports, i) => {
      expect(ports.map((p) => p.server), `call ${i}`).to.deep.equal(i % 2 ? ['FAXSRV02'] : ['localhost', 'localhost']);
    });
  });

  // Windows code only: the bridge on Windows CoreCLR, asking COM for FaxComEx.FaxServer (npm run
  // test:windows runs it under Wine, where no Fax feature is installed).
  if (process.platform === 'win32') {
    it('on Windows without the Fax feature, says FaxComEx is not installed (FaxNotInstalledError)', async function () {
      const absent = await rejection(new ComExSession(undefined, {}).listPorts());
      expect(absent).to.be.instanceOf(FaxNotInstalledError);
      expect(absent.message).to.match(/^FaxComEx is not installed on this computer: the COM class FaxComEx\.FaxServer is not registered/);
    });
  }

  it('off Windows, without the stand-in, says FaxComEx exists only on Windows', function () {
    const open = () => new ComExSession(undefined, {});
    if (process.platform === 'win32') expect(open).to.not.throw();
    else expect(open).to.throw(NotSupportedError, 'exists only on Windows');
  });

  it('defaults to winfax, and to FaxComEx for a remote server on Windows', function () {
    expect(defaultBackend(undefined, 'linux', {})).to.equal('winfax');
    expect(defaultBackend('FAXSRV02', 'linux', {})).to.equal('winfax');
    expect(defaultBackend('localhost', 'win32', {})).to.equal('winfax');
    expect(defaultBackend('FAXSRV02', 'win32', {})).to.equal('comex');
    // A winfax-compatible library named on purpose (the simulator under Wine) keeps winfax.
    expect(defaultBackend('FAXSRV02', 'win32', { FAXBRIDGE_LIBRARY: 'C:\\sim\\winfax.dll' })).to.equal('winfax');
  });

  it('resolves the backend a request names, and refuses FaxComEx off Windows unless the stand-in is asked for', function () {
    expect(resolveBackend('FAXSRV02', undefined, 'win32', {})).to.equal('comex');
    expect(resolveBackend('FAXSRV02', 'winfax', 'win32', {})).to.equal('winfax');
    expect(resolveBackend(undefined, 'comex', 'linux', standIn)).to.equal('comex');
    expect(() => resolveBackend(undefined, 'comex', 'linux', {})).to.throw(NotSupportedError, 'exists only on Windows');
  });

  it('faxbridge port list --backend comex fails off Windows with a clear message, and works with the stand-in', function () {
    const env = { ...process.env };
    delete env[STAND_IN_ENV];
    const refused = runCli(['port', 'list', '--backend', 'comex'], env);
    expect(refused.status).to.equal(process.platform === 'win32' ? 0 : 1);
    if (process.platform !== 'win32') expect(refused.stderr).to.contain('The Fax Extended COM API (FaxComEx) exists only on Windows');
    const listed = runCli(['port', 'list', '--backend', 'comex', '--json'], { ...env, ...standIn });
    expect(listed.status, listed.stderr).to.equal(0);
    expect((JSON.parse(listed.stdout) as { backend: string; receiveMode: string }[]).map((p) => [p.backend, p.receiveMode])).to.deep.equal([['comex', 'Auto'], ['comex', 'Manual']]);
  });
});
