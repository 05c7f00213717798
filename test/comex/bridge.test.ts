// The FaxComEx backend for real through edge-js on CoreCLR: the C# bridge loaded and called,
// with the COM objects replaced by the bridge's managed stand-in of the same shape. COM itself
// runs only on Windows.
import { expect } from 'chai';
import { ComExSession, STAND_IN_ENV } from '../../src/comex/session.js';
import { FaxApiError } from '../../src/winfax/errors.js';
import { NotSupportedError, ValidationError } from '../../src/core/errors.js';
import { defaultBackend } from '../../src/backends/index.js';
import { runCli } from '../helpers/cli.js';

const standIn = { [STAND_IN_ENV]: '1' };

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

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
    const missing = await rejection(new ComExSession(undefined, standIn).getPort({ deviceId: 9 }));
    expect(missing).to.include({ api: 'FaxDevices.ItemById', win32Name: 'ERROR_BAD_UNIT' });
    const busy = await rejection(new ComExSession('\\\\FAXSRV02', standIn).setPort({ deviceId: 131073 }, { rings: 1 }));
    expect(busy).to.include({ api: 'FaxDevice.Save', win32Name: 'ERROR_DEVICE_IN_USE' });
  });

  it('validates before calling: bad values, and priority, which FaxComEx devices do not have', async function () {
    const session = new ComExSession(undefined, standIn);
    expect(await rejection(session.setPort({ deviceId: 65537 }, { tsid: 'x'.repeat(21) }))).to.be.instanceOf(ValidationError).and.include({ field: 'tsid' });
    expect(await rejection(session.setPort({ deviceId: 65537 }, { priority: 1 }))).to.be.instanceOf(ValidationError).and.include({ field: 'priority' });
  });

  it('answers many concurrent calls, each with its own complete result', async function () {
    const servers = Array.from({ length: 24 }, (_, i) => (i % 2 ? 'FAXSRV02' : undefined));
    const results = await Promise.all(servers.map((server) => new ComExSession(server, standIn).listPorts()));
    results.forEach((ports, i) => {
      expect(ports.map((p) => p.server), `call ${i}`).to.deep.equal(i % 2 ? ['FAXSRV02'] : ['localhost', 'localhost']);
    });
  });

  it('off Windows, without the stand-in, says FaxComEx exists only on Windows', function () {
    const open = () => new ComExSession(undefined, {});
    if (process.platform === 'win32') expect(open).to.not.throw();
    else expect(open).to.throw(NotSupportedError, 'exists only on Windows');
  });

  it('defaults to winfax, and to FaxComEx for a remote server on Windows', function () {
    expect(defaultBackend(undefined, 'linux')).to.equal('winfax');
    expect(defaultBackend('FAXSRV02', 'linux')).to.equal('winfax');
    expect(defaultBackend('localhost', 'win32')).to.equal('winfax');
    expect(defaultBackend('FAXSRV02', 'win32')).to.equal('comex');
  });

  it('faxbridge port list --backend comex fails off Windows with a clear message, and works with the stand-in', function () {
    const env = { ...process.env };
    delete env[STAND_IN_ENV];
    const refused = runCli(['port', 'list', '--backend', 'comex'], env);
    expect(refused.status).to.equal(process.platform === 'win32' ? 0 : 1);
    if (process.platform !== 'win32') expect(refused.stderr).to.contain('The Fax Extended COM API (FaxComEx) exists only on Windows');
    const listed = runCli(['port', 'list', '--backend', 'comex', '--json'], { ...env, ...standIn });
    expect(listed.status, listed.stderr).to.equal(0);
    expect((JSON.parse(listed.stdout) as { receiveMode: string }[]).map((p) => p.receiveMode)).to.have.length(2);
  });
});
