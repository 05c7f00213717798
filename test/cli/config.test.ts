// faxbridge config export | diff | apply in a child process, as a monitoring check or an
// administrator runs them: documents on disk, exit codes 0 / 3 / 1 / 2, templates on several
// servers, and a second apply that calls FaxSetPortW no more.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { runCli } from '../helpers/cli.js';
import { useSimulator } from '../helpers/simulator.js';
import type { ConfigurationDocument } from '../../src/config/document.js';
import { STAND_IN_ENV } from '../../src/comex/session.js';

interface Report {
  server: string;
  inLine: boolean;
  differences: { server: string; scope: string; port: string | null; property: string; expected: unknown; actual: unknown }[];
  missingPorts: { port: string }[];
  problems: { path: string; message: string }[];
  writes: { id: string; description: string }[];
  results: { status: string; description: string }[];
  error: { type: string; message: string } | null;
}

describe('CLI: faxbridge config', function () {
  const sim = useSimulator();
  const cli = (...args: string[]) => runCli(args, sim.env());
  const file = (name: string) => path.join(sim.dir, name);
  const readDocument = (name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as ConfigurationDocument;
  const writeDocument = (name: string, document: unknown) => writeFileSync(file(name), JSON.stringify(document, null, 2));
  const ringsOf = (server: string, port: string) => {
    const ports = JSON.parse(cli('port', 'list', '--server', server, '--json').stdout) as { name: string; rings: number }[];
    return ports.find((p) => p.name === port)?.rings;
  };
  /** The fleet exported, with the rings of one port changed by hand. */
  function editedFleet(rings: number): string {
    const exported = cli('config', 'export', '--server', 'localhost,FAXSRV02', '--output', file('fleet.json'));
    expect(exported.status, exported.stderr).to.equal(0);
    const document = readDocument('fleet.json');
    const port = document.servers?.[1]?.ports?.find((p) => p.name === 'Brooktrout TR1034 Line 2');
    if (!port) throw new Error('the export lacks Brooktrout TR1034 Line 2');
    (port as { rings: number }).rings = rings;
    writeDocument('fleet.json', document);
    return file('fleet.json');
  }

  it('export writes a document of the servers named, to a file or to standard output', function () {
    const written = cli('config', 'export', '--server', 'localhost,FAXSRV02', '--output', file('fleet.json'));
    expect(written.status, written.stderr).to.equal(0);
    expect(written.stdout).to.equal(`Wrote the configuration of localhost, FAXSRV02 to ${file('fleet.json')}\n`);
    const document = readDocument('fleet.json');
    expect(document).to.include({ schemaVersion: 1 });
    expect(document.servers?.map((s) => s.name)).to.deep.equal(['localhost', 'FAXSRV02']);
    expect(document.servers?.[0]?.ports?.map((p) => p.name)).to.include('USRobotics 56K Voice');

    const local = cli('config', 'export');
    expect(local.status, local.stderr).to.equal(0);
    expect((JSON.parse(local.stdout) as ConfigurationDocument).servers?.map((s) => s.name)).to.deep.equal(['localhost']);
  });

  it('export reports a server it cannot reach, exits 1 and still writes the others', function () {
    const result = cli('config', 'export', '--server', 'NOSUCHSRV,FAXSRV02');
    expect(result.status).to.equal(1);
    expect(result.stderr).to.match(/^faxbridge: NOSUCHSRV: .*cannot be reached.*; it is not in the document$/m);
    expect((JSON.parse(result.stdout) as ConfigurationDocument).servers?.map((s) => s.name)).to.deep.equal(['FAXSRV02']);
  });

  it('diff exits 0 in line, 3 with the one difference listed, and 1 when the document is not valid', function () {
    cli('config', 'export', '--server', 'localhost,FAXSRV02', '--output', file('fleet.json'));
    const inLine = cli('config', 'diff', file('fleet.json'));
    expect(inLine.status, inLine.stderr).to.equal(0);
    expect(inLine.stdout).to.equal(`localhost: in line with ${file('fleet.json')}\nFAXSRV02: in line with ${file('fleet.json')}\n`);

    const edited = editedFleet(4);
    const drifted = cli('config', 'diff', edited);
    expect(drifted.status, drifted.stderr).to.equal(3);
    expect(drifted.stdout).to.match(/^FAXSRV02\s+Port\s+Brooktrout TR1034 Line 2\s+rings\s+4\s+1$/m);
    const json = JSON.parse(cli('config', 'diff', edited, '--json').stdout) as Report[];
    expect(json.flatMap((r) => r.differences)).to.deep.equal([
      { server: 'FAXSRV02', scope: 'Port', port: 'Brooktrout TR1034 Line 2', deviceId: 131074, property: 'rings', expected: 4, actual: 1, path: '$.servers[1].ports[1].rings' },
    ]);
    expect(cli('config', 'diff', edited, '--server', 'localhost').status).to.equal(0);

    writeFileSync(file('bad.json'), '{\n  "schemaVersion": 1,\n  "servers": [{ "name": "localhost", "ports": [{ "name": "x", "rings": "3" }] }]\n}\n');
    const bad = cli('config', 'diff', file('bad.json'));
    expect(bad.status).to.equal(1);
    expect(bad.stderr).to.include(`${file('bad.json')}:3:`).and.include('$.servers[0].ports[0].rings: expected a whole number, got the string "3"');
    const missing = cli('config', 'diff', file('nothing-here.json'));
    expect(missing.status).to.equal(1);
    expect(missing.stderr).to.equal(`faxbridge: Cannot read the configuration document ${file('nothing-here.json')}: no such file\n`);
  });

  it('diff exits 1 when a server cannot be reached, and 2 on a wrong command line', function () {
    writeDocument('template.json', { schemaVersion: 1, template: { configuration: { retries: 3 } } });
    const unreachable = cli('config', 'diff', file('template.json'), '--server', 'localhost,NOSUCHSRV');
    expect(unreachable.status).to.equal(1);
    expect(unreachable.stderr).to.match(/^faxbridge: NOSUCHSRV: /m);
    expect(unreachable.stdout).to.include('localhost: in line');
    const noServers = cli('config', 'diff', file('template.json'));
    expect(noServers.status).to.equal(2);
    expect(noServers.stderr).to.include('The document is a template, which names no server');
    expect(cli('config', 'diff').status).to.equal(2);
    expect(cli('config', 'diff', '--help').stdout).to.include('Exit codes (for monitoring checks):').and.match(/^ {2}3 {2}a server differs from the document/m);
  });

  it('apply --dry-run lists the change and makes none; apply makes it; a second apply calls FaxSetPortW no more', function () {
    const edited = editedFleet(4);
    const before = sim.readState();
    const dry = cli('config', 'apply', edited, '--dry-run');
    expect(dry.status, dry.stderr).to.equal(0);
    expect(dry.stdout).to.equal("localhost: in line; nothing to change\nWould: Set rings 1 → 4 on 'Brooktrout TR1034 Line 2' of FAXSRV02\n");
    expect(sim.readState()).to.equal(before);

    const applied = cli('config', 'apply', edited);
    expect(applied.status, applied.stderr).to.equal(0);
    expect(applied.stdout).to.equal("localhost: in line; no change made\nApplied: Set rings 1 → 4 on 'Brooktrout TR1034 Line 2' of FAXSRV02\n");
    expect(ringsOf('FAXSRV02', 'Brooktrout TR1034 Line 2')).to.equal(4);
    expect(cli('config', 'diff', edited).status).to.equal(0);

    // Any FaxSetPortW call in the second run would fail with access denied.
    const again = runCli(['config', 'apply', edited], sim.env({ FAXBRIDGE_SIM_FAULT: 'FaxSetPortW:1:5,FaxSetConfigurationW:1:5' }));
    expect(again.status, again.stderr).to.equal(0);
    expect(again.stdout).to.equal('localhost: in line; no change made\nFAXSRV02: in line; no change made\n');
  });

  it('export then apply is a no-op through FaxComEx too (its stand-in), whose ports have no priority', function () {
    const env = sim.env({ [STAND_IN_ENV]: '1' });
    const comex = (...args: string[]) => runCli([...args, '--backend', 'comex'], env);
    const exported = comex('config', 'export', '--server', 'localhost,FAXSRV02', '--output', file('comex.json'));
    expect(exported.status, exported.stderr).to.equal(0);
    const ports = readDocument('comex.json').servers?.flatMap((s) => s.ports ?? []) ?? [];
    expect(ports.length).to.be.greaterThan(0);
    expect(ports.filter((p) => p.priority !== undefined)).to.deep.equal([]);
    const diff = comex('config', 'diff', file('comex.json'));
    expect(diff.status, diff.stderr).to.equal(0);
    const applied = comex('config', 'apply', file('comex.json'));
    expect(applied.status, applied.stderr).to.equal(0);
    expect(applied.stdout).to.equal('localhost: in line; no change made\nFAXSRV02: in line; no change made\n');
  });

  it('apply reports a failed change, exits 1, and running it again completes it', function () {
    const edited = editedFleet(4);
    const failed = runCli(['config', 'apply', edited, '--json'], sim.env({ FAXBRIDGE_SIM_FAULT: 'FaxSetPortW:1:5' }));
    expect(failed.status).to.equal(1);
    const results = (JSON.parse(failed.stdout) as Report[]).flatMap((r) => r.results);
    expect(results.map((r) => r.status)).to.deep.equal(['Failed']);
    expect(ringsOf('FAXSRV02', 'Brooktrout TR1034 Line 2')).to.equal(1);
    expect(cli('config', 'apply', edited).status).to.equal(0);
    expect(ringsOf('FAXSRV02', 'Brooktrout TR1034 Line 2')).to.equal(4);
  });

  it('applies a template to the servers named, with {Server}, and reports a missing port', function () {
    writeDocument('template.json', {
      schemaVersion: 1,
      template: { configuration: { retries: 4 }, ports: [{ name: '*Line 2', tsid: '{Server} fax', rings: 3 }, { name: 'No Such Port', rings: 2 }] },
    });
    const result = cli('config', 'apply', file('template.json'), '--server', 'localhost,FAXSRV02');
    expect(result.status).to.equal(1);
    expect(result.stderr).to.include("faxbridge: localhost has no port 'No Such Port'").and.include("faxbridge: FAXSRV02 has no port 'No Such Port'");
    expect(result.stdout).to.match(/^Applied: Set retries \d+ → 4 on localhost$/m).and.match(/^Applied: Set retries \d+ → 4 on FAXSRV02$/m);
    const ports = JSON.parse(cli('port', 'list', '--server', 'FAXSRV02', '--json').stdout) as { name: string; tsid: string; rings: number }[];
    expect(ports.find((p) => p.name === 'Brooktrout TR1034 Line 2')).to.include({ tsid: 'FAXSRV02 fax', rings: 3 });
  });
});
