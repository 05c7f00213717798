// PowerShell's names in both directions on a connection whose handshake asked for them: requests
// arrive as the cmdlets name their parameters and are renamed once, before the schema check;
// a request already in the protocol's camelCase passes unchanged.
import { expect } from 'chai';
import { errorFor, protocolParams } from '../../src/sidecar/naming.js';
import { SidecarClient } from '../helpers/sidecar.js';
import { useSimulator } from '../helpers/simulator.js';

describe('sidecar naming: the inbound rename', function () {
  it('renames PowerShell names to the protocol\'s, ComputerName to server, backend values to lower case', function () {
    const renamed = protocolParams({ ComputerName: 'FAXSRV02', Backend: 'ComEx', DeviceId: 131074, Change: { Rings: 4, SendEnabled: true } }, 'powershell');
    expect(renamed).to.deep.equal({ success: true, params: { server: 'FAXSRV02', backend: 'comex', deviceId: 131074, change: { rings: 4, sendEnabled: true } } });
  });

  it('leaves a request in camelCase as it is, and values other than the backend\'s untouched', function () {
    const request = { server: 'FAXSRV02', backend: 'winfax', name: 'Brooktrout TR1034 Line 2', change: { tsid: 'ACME Fax', csid: 'Csid' } };
    expect(protocolParams(request, 'powershell')).to.deep.equal({ success: true, params: request });
  });

  it('refuses one parameter given under two spellings, naming both', function () {
    expect(protocolParams({ DeviceId: 65537, Change: { Rings: 4, rings: 5 } }, 'powershell')).to.deep.equal({
      success: false,
      field: 'change.rings',
      reason: 'given twice, as "Rings" and "rings"',
    });
    expect(protocolParams({ ComputerName: 'A', server: 'B' }, 'powershell')).to.include({ success: false, field: 'server' });
  });

  it('keeps a "__proto__" key a key, for the schema to refuse, as on a protocol connection', function () {
    const renamed = protocolParams(JSON.parse('{"__proto__":{"deviceId":1}}'), 'powershell');
    expect(renamed.success && Object.keys(renamed.params as object)).to.deep.equal(['__proto__']);
    expect(renamed.success && Object.getPrototypeOf(renamed.params)).to.equal(Object.prototype);
  });

  it('renames nothing on a protocol connection', function () {
    const request = { DeviceId: 65537 };
    expect(protocolParams(request, 'protocol')).to.deep.equal({ success: true, params: request });
  });

  it('names a refused parameter as PowerShell does, in the field and the message, but not a JSON-RPC member', function () {
    const validation = { code: -32001, message: 'Invalid rings: 150 is out of range; it must be 0 to 99', data: { type: 'Validation', field: 'rings', server: 'localhost' } };
    expect(errorFor(validation, 'powershell')).to.deep.equal({
      code: -32001,
      message: 'Invalid Rings: 150 is out of range; it must be 0 to 99',
      data: { Type: 'Validation', Field: 'Rings', ComputerName: 'localhost' },
    });
    const params = { code: -32602, message: 'Invalid params: change.ring: unknown parameter', data: { type: 'InvalidParams', field: 'change.ring', reason: 'unknown parameter' } };
    expect(errorFor(params, 'powershell')).to.deep.include({ message: 'Invalid params: Change.Ring: unknown parameter', data: { Type: 'InvalidParams', Field: 'Change.Ring', Reason: 'unknown parameter' } });
    const request = { code: -32600, message: 'Invalid Request: id …', data: { type: 'InvalidRequest', field: 'id' } };
    expect(errorFor(request, 'powershell')).to.deep.equal({ ...request, data: { Type: 'InvalidRequest', Field: 'id' } });
    expect(errorFor(validation, 'protocol')).to.equal(validation);
  });
});

describe('sidecar naming: PowerShell names on the wire', function () {
  const sim = useSimulator();
  let sidecar: SidecarClient;

  beforeEach(async function () {
    sidecar = new SidecarClient(sim.env());
    await sidecar.call('handshake', { client: 'mocha', naming: 'powershell' });
  });

  afterEach(async function () {
    await sidecar.stop();
  });

  it('takes a request under the cmdlets\' names, as Set-FaxPort -ComputerName FAXSRV02 -DeviceId 131074 -Rings 4 sends it', async function () {
    const set = await sidecar.call('port.set', { ComputerName: 'FAXSRV02', Backend: 'WinFax', DeviceId: 131074, Change: { Rings: 4 } });
    expect(set.result).to.include({ ComputerName: 'FAXSRV02', Backend: 'WinFax', DeviceId: 131074, Rings: 4 });
    const byName = await sidecar.call('port.get', { ComputerName: 'FAXSRV02', Name: 'brooktrout tr1034 line 2' });
    expect(byName.result).to.include({ DeviceId: 131074, Rings: 4 });
  });

  it('still takes the protocol\'s camelCase on the same connection', async function () {
    const set = await sidecar.call('port.set', { server: 'FAXSRV02', backend: 'winfax', deviceId: 131074, change: { rings: 5 } });
    expect(set.result).to.include({ ComputerName: 'FAXSRV02', Rings: 5 });
  });

  it('reports a refused value by its PowerShell name: Rings, not rings', async function () {
    const { error } = await sidecar.call('port.set', { DeviceId: 65537, Change: { Rings: 150 } });
    expect(error?.code).to.equal(-32001);
    expect(error?.data).to.deep.equal({ Type: 'Validation', Field: 'Rings', ComputerName: 'localhost' });
    expect(error?.message).to.equal('Invalid Rings: 150 is out of range; it must be 0 to 99');
  });

  it('reports a parameter the schema refuses by its PowerShell path', async function () {
    const wrongType = await sidecar.call('port.set', { DeviceId: 65537, Change: { Rings: '4' } });
    expect([wrongType.error?.code, wrongType.error?.data?.['Field']]).to.deep.equal([-32602, 'Change.Rings']);
    expect(wrongType.error?.message).to.match(/^Invalid params: Change\.Rings: /);
    const unknown = await sidecar.call('port.set', { DeviceId: 65537, Change: { Ring: 4 } });
    expect(unknown.error?.message).to.equal('Invalid params: Change.Ring: unknown parameter');
    const twice = await sidecar.call('port.get', { DeviceId: 65537, deviceId: 65538 });
    expect(twice.error?.message).to.equal('Invalid params: DeviceId: given twice, as "DeviceId" and "deviceId"');
    const backend = await sidecar.call('port.list', { Backend: 'Fax' });
    expect(backend.error?.data).to.include({ Type: 'InvalidParams', Field: 'Backend' });
  });

  it('a connection that did not ask for PowerShell names refuses them', async function () {
    await sidecar.call('handshake', { naming: 'protocol' });
    const { error } = await sidecar.call('port.get', { DeviceId: 65537 });
    expect(error?.message).to.equal('Invalid params: DeviceId: unknown parameter');
  });
});
