// The configuration methods of `faxbridge serve` as the PowerShell module calls them: PowerShell
// names on the way out, the document as text both ways (never renamed), a compare whose writes
// are approved one by one and then applied, and each server's failure its own.
import { expect } from 'chai';
import { SidecarClient } from '../helpers/sidecar.js';
import { useSimulator } from '../helpers/simulator.js';

interface Write { Index: number; Id: string; Action: string; Target: string; Description: string }
interface Report {
  ComputerName: string;
  InLine: boolean;
  Differences: Record<string, unknown>[];
  MissingPorts: Record<string, unknown>[];
  Problems: Record<string, unknown>[];
  Writes: Write[];
  Results: { Id: string; Status: string; Error: Record<string, unknown> | null }[];
  Error: Record<string, unknown> | null;
}

describe('sidecar: configuration.export, configuration.compare, configuration.import', function () {
  const sim = useSimulator();
  let sidecar: SidecarClient;

  beforeEach(async function () {
    sidecar = new SidecarClient(sim.env());
    await sidecar.call('handshake', { naming: 'powershell' });
  });

  afterEach(async function () {
    await sidecar.stop();
  });

  async function result<T>(method: string, params: unknown): Promise<T> {
    const response = await sidecar.call(method, params);
    if (response.error) throw new Error(`${method} failed: ${response.error.message}`);
    return response.result as T;
  }

  /** The fleet's document as text, with the rings of FAXSRV02's second line changed by hand. */
  async function editedFleet(): Promise<string> {
    const exported = await result<{ Document: string; Failures: unknown[] }>('configuration.export', { server: ['localhost', 'FAXSRV02'] });
    expect(exported.Failures).to.deep.equal([]);
    return exported.Document.replace(/("name": "Brooktrout TR1034 Line 2",\n(?:.*\n){3}\s*"rings": )1/, '$14');
  }

  it('exports the document as text whose keys are its own, not PowerShell names', async function () {
    const exported = await result<{ Document: string }>('configuration.export', { server: ['localhost', 'FAXSRV02'] });
    const document = JSON.parse(exported.Document) as Record<string, unknown>;
    expect(Object.keys(document)).to.deep.equal(['$schema', 'schemaVersion', 'servers']);
    expect(exported.Document).to.include('"sendEnabled": true').and.not.include('ComputerName');
  });

  it('compares with PowerShell names on each difference and write, then applies only the writes approved', async function () {
    const text = await editedFleet();
    const params = { document: text, path: 'fleet.json' };
    const compared = await result<{ Servers: Report[] }>('configuration.compare', params);
    const remote = compared.Servers.find((s) => s.ComputerName === 'FAXSRV02');
    expect(compared.Servers.map((s) => [s.ComputerName, s.InLine])).to.deep.equal([['localhost', true], ['FAXSRV02', false]]);
    expect(remote?.Differences).to.deep.equal([
      { ComputerName: 'FAXSRV02', Scope: 'Port', Port: 'Brooktrout TR1034 Line 2', DeviceId: 131074, Property: 'rings', Expected: 4, Actual: 1, Path: '$.servers[1].ports[1].rings' },
    ]);
    const write = remote?.Writes[0];
    expect(write).to.include({ Index: 0, Action: 'Set rings 1 → 4', Target: "'Brooktrout TR1034 Line 2' of FAXSRV02", Description: "Set rings 1 → 4 on 'Brooktrout TR1034 Line 2' of FAXSRV02" });

    const declined = await result<{ Servers: Report[] }>('configuration.import', { ...params, approved: [] });
    expect(declined.Servers[1]?.Results.map((r) => r.Status)).to.deep.equal(['Declined']);
    expect((await result<{ Servers: Report[] }>('configuration.compare', params)).Servers[1]?.InLine).to.equal(false);

    const applied = await result<{ Servers: Report[] }>('configuration.import', { ...params, approved: [{ server: 'FAXSRV02', id: write?.Id }] });
    expect(applied.Servers[1]?.Results.map((r) => r.Status)).to.deep.equal(['Applied']);
    const after = await result<{ Servers: Report[] }>('configuration.compare', params);
    expect(after.Servers.map((s) => [s.InLine, s.Writes.length])).to.deep.equal([[true, 0], [true, 0]]);
    const again = await result<{ Servers: Report[] }>('configuration.import', params);
    expect(again.Servers.flatMap((s) => s.Results)).to.deep.equal([]);
  });

  it('refuses a malformed document with its path and line, before reading any server', async function () {
    const response = await sidecar.call('configuration.compare', { document: '{\n  "schemaVersion": 1,\n  "servers": [{ "name": "localhost", "colour": 1 }]\n}', path: 'fleet.json' });
    expect(response.error?.code).to.equal(-32001);
    expect(response.error?.message).to.include('fleet.json:3:').and.include('unknown property "colour"');
    const data = response.error?.data as { Type: string; Issues: { Path: string; Line: number }[] };
    expect(data.Type).to.equal('ConfigurationDocument');
    expect(data.Issues[0]).to.include({ Path: '$.servers[0].colour', Line: 3 });
    // A template names no server: the refusal names the parameter as PowerShell users give it.
    const template = await sidecar.call('configuration.compare', { document: '{"schemaVersion":1,"template":{}}' });
    expect(template.error?.data).to.include({ Type: 'Validation', Field: 'ComputerName' });
  });

  it('reports a server it cannot reach as that server\'s error, and compares the others', async function () {
    const compared = await result<{ Servers: Report[] }>('configuration.compare', {
      document: JSON.stringify({ schemaVersion: 1, template: { configuration: { retries: 3 } } }),
      server: ['NOSUCHSRV', 'localhost'],
      throttleLimit: 1,
    });
    expect(compared.Servers[0]?.Error).to.include({ Type: 'ServerUnreachable', ComputerName: 'NOSUCHSRV' });
    expect(compared.Servers[1]).to.include({ ComputerName: 'localhost', InLine: true, Error: null });
  });

  it('sends a progress notification naming the request as each server is done, unreachable ones too, all before the reply', async function () {
    const template = JSON.stringify({ schemaVersion: 1, template: { configuration: { retries: 3 } } });
    const before = sidecar.responses.length;
    const id = sidecar.send('configuration.compare', { document: template, server: ['localhost', 'FAXSRV02', 'NOSUCHSRV'], throttleLimit: 1 });
    const reply = await sidecar.response(id);
    expect(reply.error).to.equal(undefined);
    const lines = sidecar.responses.slice(before) as unknown as Record<string, unknown>[];
    const progress = lines.filter((line) => line['method'] === 'progress');
    expect(progress.map((line) => line['params'])).to.deep.equal([
      { Id: id, ComputerName: 'localhost', Completed: 1, Total: 3 },
      { Id: id, ComputerName: 'FAXSRV02', Completed: 2, Total: 3 },
      { Id: id, ComputerName: 'NOSUCHSRV', Completed: 3, Total: 3 },
    ]);
    expect(lines.indexOf(reply as unknown as Record<string, unknown>), 'the reply comes last').to.equal(lines.length - 1);
    expect(progress.every((line) => !('id' in line)), 'progress is a notification, never a reply').to.equal(true);
  });

  it('sends no progress for a request sent as a notification, which has no id to name', async function () {
    const text = await editedFleet();
    const before = sidecar.responses.length;
    sidecar.sendRaw(JSON.stringify({ jsonrpc: '2.0', method: 'configuration.compare', params: { document: text } }) + '\n');
    // Each server's calls run in the order sent, so this compare's servers finish after the notification's.
    const id = sidecar.send('configuration.compare', { document: text });
    await sidecar.response(id);
    const progress = (sidecar.responses.slice(before) as unknown as Record<string, unknown>[]).filter((line) => line['method'] === 'progress');
    expect(progress.map((line) => (line['params'] as Record<string, unknown>)['Id'])).to.deep.equal([id, id]);
  });
});
