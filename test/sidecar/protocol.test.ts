// The sidecar as the PowerShell module meets it: a real `faxbridge serve` process on stdio.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { packageRoot } from '../../src/winfax/library-path.js';
import { standardServers } from '../helpers/fixtures.js';
import { SidecarClient } from '../helpers/sidecar.js';
import { MAX_LINE_BYTES } from '../../src/sidecar/framing.js';
import { STAND_IN_ENV } from '../../src/comex/session.js';
import { useSimulator } from '../helpers/simulator.js';

describe('sidecar protocol: faxbridge serve', function () {
  const sim = useSimulator(() => [
    ...standardServers(),
    { name: 'SLOWSRV', latencyMs: 1500, ports: [{ deviceId: 90001, name: 'Slow line', flags: 3, rings: 1, priority: 1, state: 'AVAILABLE', tsid: 'S', csid: 'S' }] },
  ]);
  let sidecar: SidecarClient;

  beforeEach(function () {
    sidecar = new SidecarClient(sim.env());
  });

  afterEach(async function () {
    await sidecar.stopAfter(this.currentTest);
  });

  it('answers the handshake with the protocol and package versions', async function () {
    const { version } = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
    const response = await sidecar.call('handshake', { client: 'mocha' });
    expect(response.result).to.deep.include({ protocolVersion: 1, packageVersion: version, nodeVersion: process.version });
  });

  it('lists, gets and sets ports; the change persists for a new sidecar', async function () {
    const list = await sidecar.call('port.list', {});
    expect((list.result as { deviceId: number }[]).map((p) => p.deviceId)).to.deep.equal([65537, 65538, 65539, 65540]);
    const byName = await sidecar.call('port.get', { name: 'usrobotics 56k voice' });
    expect(byName.result).to.include({ deviceId: 65538, server: 'localhost' });
    const set = await sidecar.call('port.set', { deviceId: 65538, change: { rings: 9, csid: 'NEW CSID' } });
    expect(set.result).to.include({ rings: 9, csid: 'NEW CSID' });
    expect(await sidecar.stop()).to.equal(0);

    sidecar = new SidecarClient(sim.env());
    expect((await sidecar.call('port.get', { deviceId: 65538 })).result).to.include({ rings: 9, csid: 'NEW CSID' });
  });

  it('answers status, routing and configuration methods', async function () {
    expect((await sidecar.call('port.status', { server: 'FAXSRV02', deviceId: 131073 })).result).to.include({ status: 'Receiving', currentPage: 2 });
    const methods = await sidecar.operation('routing.list', { deviceId: 65537 });
    expect(methods).to.have.length(3);
    const enabled = await sidecar.call('routing.setEnabled', { deviceId: 65537, guid: '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}', enabled: true });
    expect(enabled.result).to.include({ enabled: true });
    expect((await sidecar.call('config.set', { change: { retries: 4 } })).result).to.include({ retries: 4 });
    expect(await sidecar.operation('config.get', {})).to.include({ retries: 4 });
  });

  it('answers malformed input with the proper JSON-RPC error and keeps serving', async function () {
    const cases: [string | Buffer, number][] = [
      ['{not json\n', -32700],
      [Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), -32700],
      ['42\n', -32600],
      ['[{"jsonrpc":"2.0","id":1,"method":"handshake"}]\n', -32600],
      ['{"id":7,"method":"handshake"}\n', -32600],
      ['{"jsonrpc":"1.0","id":8,"method":"handshake"}\n', -32600],
      ['{"jsonrpc":"2.0","id":{"x":1},"method":"handshake"}\n', -32600],
      ['{"jsonrpc":"2.0","id":9,"method":"port.explode"}\n', -32601],
      ['{"jsonrpc":"2.0","id":10,"method":"port.get","params":{"deviceId":"65537"}}\n', -32602],
      ['{"jsonrpc":"2.0","id":11,"method":"port.get","params":{"deviceId":65537,"name":"x"}}\n', -32602],
      ['{"jsonrpc":"2.0","id":12,"method":"port.list","params":{"servre":"x"}}\n', -32602],
      ['{"jsonrpc":"2.0","id":13,"method":"port.list","params":[1,2]}\n', -32602],
      ['{"jsonrpc":"2.0","id":14,"method":"port.get","params":{"deviceId":1e400}}\n', -32602],
      [`{"jsonrpc":"2.0","id":15,"method":"handshake","params":{"client":"${'x'.repeat(MAX_LINE_BYTES)}"}}\n`, -32600],
    ];
    for (const [input] of cases) sidecar.sendRaw(input);
    const responses = await sidecar.waitFor(cases.length);
    expect(responses.map((r) => r.error?.code)).to.deep.equal(cases.map(([, code]) => code));
    expect(responses[4]?.id, 'the id of an invalid request is echoed when readable').to.equal(7);
    expect(responses[10]?.error?.data).to.include({ field: 'servre' });
    expect(responses[10]?.error?.message).to.equal('Invalid params: servre: unknown parameter');
    expect((await sidecar.call('port.get', { deviceId: 65537 })).result).to.include({ deviceId: 65537 });
  });

  it('switches to PowerShell property names for results, error data and the handshake itself once a handshake asks for them', async function () {
    const handshake = (await sidecar.call('handshake', { naming: 'powershell' })).result as Record<string, unknown>;
    expect(handshake).to.include({ ProtocolVersion: 1, NodeVersion: process.version });
    const port = (await sidecar.call('port.get', { deviceId: 65537 })).result as Record<string, unknown>;
    expect(Object.keys(port)).to.include.members(['ComputerName', 'DeviceId', 'Name', 'SendEnabled', 'Tsid']);
    expect(port).to.not.have.property('server');
    expect(port['Backend'], 'spelt as -Backend takes it').to.equal('WinFax');
    const error = await sidecar.call('port.get', { deviceId: 4242 });
    expect(error.error?.data).to.include({ Type: 'PortNotFound', Win32Name: 'ERROR_BAD_UNIT', ComputerName: 'localhost', DeviceId: 4242 });
    const invalid = await sidecar.call('port.get', { deviceId: -1 });
    expect(invalid.error?.data).to.include({ Type: 'InvalidParams', Field: 'DeviceId' });
  });

  it('does not answer notifications', async function () {
    sidecar.sendRaw('{"jsonrpc":"2.0","method":"handshake"}\n');
    const id = sidecar.send('handshake', {});
    const [only] = await sidecar.waitFor(1);
    expect(only?.id).to.equal(id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sidecar.responses).to.have.length(1);
  });

  it('reports fax API errors with the Win32 code, name, API and server', async function () {
    const unreachable = await sidecar.call('port.list', { server: 'NOWHERE' });
    expect(unreachable.error?.code).to.equal(-32000);
    expect(unreachable.error?.data).to.deep.equal({ type: 'ServerUnreachable', api: 'FaxConnectFaxServerW', win32Code: 1722, win32Name: 'RPC_S_SERVER_UNAVAILABLE', server: 'NOWHERE' });
    const denied = await sidecar.call('port.set', { server: 'READONLY', deviceId: 70001, change: { rings: 1 } });
    expect(denied.error?.data).to.include({ win32Name: 'ERROR_ACCESS_DENIED', api: 'FaxOpenPort' });
    expect(denied.error?.message).to.equal('FaxOpenPort failed: ERROR_ACCESS_DENIED (5): Access is denied.');
    const invalid = await sidecar.call('port.set', { deviceId: 65537, change: { tsid: 'x'.repeat(30) } });
    expect([invalid.error?.code, invalid.error?.data?.['field']]).to.deep.equal([-32001, 'tsid']);
    const missing = await sidecar.call('port.get', { name: 'Nope' });
    expect(missing.error?.code).to.equal(-32002);
  });

  it('serves other servers while one is slow, and refuses a duplicate id still running', async function () {
    const slow = sidecar.send('port.list', { server: 'SLOWSRV' }, 'slow');
    const duplicate = sidecar.send('port.list', { server: 'SLOWSRV' }, 'slow');
    const fast = sidecar.send('port.list', {}, 'fast');
    const first = await sidecar.waitFor(2);
    expect(first.map((r) => r.id)).to.deep.equal([duplicate, fast]);
    expect(first[0]?.error?.code).to.equal(-32600);
    const [, , last] = await sidecar.waitFor(3);
    expect(last?.id).to.equal(slow);
    // The slow answer is SLOWSRV's own listing, not another request's.
    const ports = last?.result as { server: string; deviceId: number; name: string }[];
    expect(ports.map((p) => [p.server, p.deviceId, p.name])).to.deep.equal([['SLOWSRV', 90001, 'Slow line']]);
    expect((first[1]?.result as { server: string }[]).map((p) => p.server)).to.deep.equal(['localhost', 'localhost', 'localhost', 'localhost']);
  });

  it('holds connections until disconnect, and releases them', async function () {
    expect((await sidecar.call('server.connect', { server: 'FAXSRV02' })).result).to.include({ server: 'FAXSRV02', connected: true });
    const list = (await sidecar.call('server.list', {})).result as { server: string }[];
    expect(list.map((c) => c.server)).to.deep.equal(['FAXSRV02']);
    expect((await sidecar.call('simulator.stats', {})).result).to.include({ serverHandles: 1, portHandles: 0, unfreedBuffers: 0 });
    expect((await sidecar.call('server.disconnect', { server: 'faxsrv02' })).result).to.deep.equal({ server: 'faxsrv02', disconnected: true });
    expect((await sidecar.call('server.disconnect', { server: 'faxsrv02' })).result).to.include({ disconnected: false });
    expect((await sidecar.call('simulator.stats', {})).result).to.deep.equal({ serverHandles: 0, portHandles: 0, unfreedBuffers: 0 });
  });

  it('serves a server through FaxComEx when asked, beside the winfax connection to the same server', async function () {
    const refused = await sidecar.call('port.list', { backend: 'comex' });
    expect([refused.error?.code, refused.error?.data?.['type']]).to.deep.equal([-32003, 'NotSupported']);
    expect(refused.error?.message).to.contain('exists only on Windows');
    await sidecar.stop();

    sidecar = new SidecarClient(sim.env({ [STAND_IN_ENV]: '1' }));
    const comex = (await sidecar.call('port.list', { backend: 'comex' })).result as { backend: string; receiveMode: string }[];
    expect(comex.map((p) => [p.backend, p.receiveMode])).to.deep.equal([['comex', 'Auto'], ['comex', 'Manual']]);
    const winfax = await sidecar.operation('port.list', {});
    expect(winfax.map((p) => p.backend)).to.deep.equal(['winfax', 'winfax', 'winfax', 'winfax']);
    expect((await sidecar.call('port.status', { server: 'FAXSRV02', backend: 'comex', deviceId: 131073 })).result).to.include({ status: 'Receiving', backend: 'comex' });
    const connections = (await sidecar.call('server.list', {})).result as { server: string; backend: string }[];
    expect(connections.map((c) => `${c.server} ${c.backend}`).sort()).to.deep.equal(['FAXSRV02 comex', 'localhost comex', 'localhost winfax']);
    expect((await sidecar.call('server.disconnect', { server: 'localhost' })).result).to.include({ disconnected: true });
    expect(((await sidecar.call('server.list', {})).result as { server: string }[]).map((c) => c.server)).to.deep.equal(['FAXSRV02']);

    const denied = await sidecar.call('port.set', { server: 'READONLY', backend: 'comex', deviceId: 70001, change: { rings: 4 } });
    expect(denied.error?.data).to.deep.equal({ type: 'AccessDenied', api: 'FaxDevice.Save', win32Code: 5, win32Name: 'ERROR_ACCESS_DENIED', server: 'READONLY' });
    const unknown = await sidecar.call('port.list', { backend: 'fax' });
    expect([unknown.error?.code, unknown.error?.data?.['field']]).to.deep.equal([-32602, 'backend']);
  });

  it('on shutdown answers, refuses what follows, closes its connections and exits 0', async function () {
    await sidecar.call('port.list', { server: 'FAXSRV02' });
    sidecar.sendRaw('{"jsonrpc":"2.0","id":"bye","method":"shutdown"}\n{"jsonrpc":"2.0","id":"late","method":"handshake"}\n');
    expect((await sidecar.response('bye')).result).to.equal(null);
    expect((await sidecar.response('late')).error?.code).to.equal(-32005);
    expect(await sidecar.exited).to.equal(0);
    expect(sidecar.stderr).to.contain('stopped (shutdown requested)');
  });

  it('exits 0 at the end of its input', async function () {
    await sidecar.call('port.list', {});
    sidecar.process.stdin.end();
    expect(await sidecar.exited).to.equal(0);
    expect(sidecar.stderr).to.contain('stopped (end of input)');
  });

  it('writes nothing but protocol on stdout', async function () {
    await sidecar.call('port.list', { server: 'NOWHERE' });
    await sidecar.call('handshake', {});
    await sidecar.stop();
    for (const response of sidecar.responses) expect(response.jsonrpc).to.equal('2.0');
  });
});
