// Export, compare, plan and apply against the simulator through the core's real sessions.
import { expect } from 'chai';
import { compareConfiguration } from '../../src/config/compare.js';
import type { ConfigurationDocument, PortEntry } from '../../src/config/document.js';
import { exportConfiguration } from '../../src/config/export.js';
import { parseConfiguration } from '../../src/config/parse.js';
import { planChanges } from '../../src/config/plan.js';
import { ERROR_ACCESS_DENIED } from '../../src/winfax/win32-errors.js';
import { STORE_IN_FOLDER, ROUTE_EMAIL } from '../helpers/fixtures.js';
import { useSimulator } from '../helpers/simulator.js';
import { importConfiguration, snapshotsOf, usingSession } from '../helpers/config.js';

const SERVERS = ['localhost', 'FAXSRV02'];

/** The document as a user keeps it: written to text and read back through the parser. */
function throughText(document: ConfigurationDocument): ConfigurationDocument {
  return parseConfiguration(JSON.stringify(document, null, 2), 'fleet.json');
}

function editPort(document: ConfigurationDocument, server: string, port: string, edit: Partial<PortEntry>): ConfigurationDocument {
  return {
    ...document,
    servers: (document.servers ?? []).map((s) =>
      s.name !== server ? s : { ...s, ports: (s.ports ?? []).map((p) => (p.name === port ? { ...p, ...edit } : p)) }),
  };
}

describe('config: export, compare, plan and apply on the simulator', function () {
  const sim = useSimulator();

  it('exports a document that passes its own schema and compares in line', async function () {
    const snapshots = await snapshotsOf(sim.library, SERVERS);
    const document = throughText(exportConfiguration(snapshots));
    expect(document.servers?.map((s) => s.name)).to.deep.equal(SERVERS);
    const local = document.servers?.[0];
    expect(local?.configuration).to.include({ retries: 3, retryDelay: 10, startCheapTime: '20:00' });
    expect(local?.ports?.[0]).to.deep.include({ name: 'Standard 56000 bps Modem', deviceId: 65537, rings: 2, priority: 1, routingMethods: [{ guid: STORE_IN_FOLDER, friendlyName: 'Store in a folder' }] });
    const comparison = compareConfiguration(document, snapshots);
    expect(comparison.inLine).to.equal(true);
    expect(comparison.differences).to.deep.equal([]);
    expect(comparison.servers.map((s) => planChanges(s, snapshots.find((x) => x.server === s.server)!).writes)).to.deep.equal([[], []]);
  });

  it('finds exactly the one change, applies it, and a second plan is empty', async function () {
    const exported = exportConfiguration(await snapshotsOf(sim.library, SERVERS));
    const document = throughText(editPort(exported, 'FAXSRV02', 'Brooktrout TR1034 Line 2', { rings: 4 }));

    const before = compareConfiguration(document, await snapshotsOf(sim.library, SERVERS));
    expect(before.differences).to.deep.equal([{
      server: 'FAXSRV02', scope: 'Port', port: 'Brooktrout TR1034 Line 2', deviceId: 131074, property: 'rings', expected: 4, actual: 1,
      path: '$.servers[1].ports[1].rings',
    }]);

    const first = await importConfiguration(sim.library, document, SERVERS);
    expect(first.results.map((r) => [r.status, r.write.description])).to.deep.equal([
      ['Applied', "Set rings 1 → 4 on 'Brooktrout TR1034 Line 2' of FAXSRV02"],
    ]);
    expect(await usingSession(sim.library, 'FAXSRV02', (s) => s.getPort({ name: 'Brooktrout TR1034 Line 2' }).rings)).to.equal(4);

    const after = compareConfiguration(document, await snapshotsOf(sim.library, SERVERS));
    expect(after.inLine).to.equal(true);
    const second = await importConfiguration(sim.library, document, SERVERS);
    expect(second.plans.flatMap((p) => p.writes)).to.deep.equal([]);
    expect(second.results).to.deep.equal([]);
  });

  it('applies server settings, port settings, priorities and routing methods together, then nothing', async function () {
    const exported = exportConfiguration(await snapshotsOf(sim.library, ['localhost']));
    let document = editPort(exported, 'localhost', 'USRobotics 56K Voice', { tsid: 'NEW TSID', sendEnabled: true, priority: 4, routingMethods: [{ guid: ROUTE_EMAIL }] });
    document = editPort(document, 'localhost', 'Fax Virtual Printer Port', { priority: 2 });
    document = { ...document, servers: (document.servers ?? []).map((s) => ({ ...s, configuration: { ...s.configuration, retries: 5, pauseServerQueue: true } })) };
    document = throughText(document);

    const { results } = await importConfiguration(sim.library, document, ['localhost']);
    expect(results.every((r) => r.status === 'Applied')).to.equal(true);
    expect(results.map((r) => r.write.description)).to.deep.equal([
      'Set retries 3 → 5, pauseServerQueue false → true on localhost',
      "Set sendEnabled false → true, tsid 'Contoso Sales' → 'NEW TSID' on 'USRobotics 56K Voice' of localhost",
      // Wanted: Modem 1, Virtual 2, Línea 3, USRobotics 4. Virtual to 2 shifts USRobotics to 3 and Línea to 4; then Línea to 3.
      "Set priority 4 → 2 on 'Fax Virtual Printer Port' of localhost",
      "Set priority 4 → 3 on 'Línea de fax 3 (Conexant)' of localhost",
      "Enable routing method 'Route through e-mail' {6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e} on 'USRobotics 56K Voice' of localhost",
    ]);
    const ports = await usingSession(sim.library, 'localhost', (s) => s.listPorts());
    expect(Object.fromEntries(ports.map((p) => [p.name, p.priority]))).to.deep.equal({
      'Standard 56000 bps Modem': 1, 'USRobotics 56K Voice': 4, 'Línea de fax 3 (Conexant)': 3, 'Fax Virtual Printer Port': 2,
    });
    expect((await importConfiguration(sim.library, document, ['localhost'])).results).to.deep.equal([]);
  });

  it('reports a port the server lacks as missing, not as a difference, and applies the rest', async function () {
    const exported = exportConfiguration(await snapshotsOf(sim.library, ['FAXSRV02']));
    const ports = [...(exported.servers?.[0]?.ports ?? []), { name: 'Brooktrout TR1034 Line 3', rings: 2 }];
    const document = throughText({ ...exported, servers: [{ name: 'FAXSRV02', ports: ports.map((p) => (p.name.endsWith('Line 2') ? { ...p, rings: 3 } : p)) }] });
    const { comparison, results } = await importConfiguration(sim.library, document, ['FAXSRV02']);
    expect(comparison.missingPorts).to.deep.equal([{ server: 'FAXSRV02', port: 'Brooktrout TR1034 Line 3', path: '$.servers[0].ports[2]' }]);
    expect(comparison.differences.map((d) => `${d.port}.${d.property}`)).to.deep.equal(['Brooktrout TR1034 Line 2.rings']);
    expect(results.map((r) => [r.status, String(r.error ?? '')])).to.deep.equal([['Applied', '']]);
  });

  it('stops a server at a failed write, says what was and was not applied, and a second run completes it', async function () {
    const exported = exportConfiguration(await snapshotsOf(sim.library, ['localhost']));
    let document = editPort(exported, 'localhost', 'Standard 56000 bps Modem', { rings: 5 });
    document = editPort(document, 'localhost', 'USRobotics 56K Voice', { rings: 6 });
    document = editPort(document, 'localhost', 'Fax Virtual Printer Port', { rings: 7 });
    document = throughText(document);

    sim.controls.injectFault('FaxSetPortW', 2, ERROR_ACCESS_DENIED);
    const first = await importConfiguration(sim.library, document, ['localhost']);
    sim.controls.clearFaults();
    expect(first.results.map((r) => r.status)).to.deep.equal(['Applied', 'Failed', 'NotRun']);
    expect(String((first.results[1]?.error as Error).message)).to.match(/access|denied/i);
    const afterFailure = compareConfiguration(document, await snapshotsOf(sim.library, ['localhost']));
    expect(afterFailure.differences.map((d) => `${d.port}.${d.property}`)).to.deep.equal(['USRobotics 56K Voice.rings', 'Fax Virtual Printer Port.rings']);

    const second = await importConfiguration(sim.library, document, ['localhost']);
    expect(second.results.map((r) => [r.status, 'port' in r.write ? r.write.port : null])).to.deep.equal([['Applied', 'USRobotics 56K Voice'], ['Applied', 'Fax Virtual Printer Port']]);
    expect(compareConfiguration(document, await snapshotsOf(sim.library, ['localhost'])).inLine).to.equal(true);
  });

  it('writes nothing when every change is declined (-WhatIf), and each was offered once', async function () {
    const exported = exportConfiguration(await snapshotsOf(sim.library, ['localhost']));
    const document = throughText(editPort(editPort(exported, 'localhost', 'USRobotics 56K Voice', { rings: 9, priority: 1 }), 'localhost', 'Standard 56000 bps Modem', { priority: 2 }));
    const offered: string[] = [];
    const { results } = await importConfiguration(sim.library, document, ['localhost'], { approve: (write) => (offered.push(write.description), false) });
    expect(offered).to.deep.equal(["Set rings 3 → 9 on 'USRobotics 56K Voice' of localhost", "Set priority 2 → 1 on 'USRobotics 56K Voice' of localhost"]);
    expect(results.map((r) => r.status)).to.deep.equal(['Declined', 'Declined']);
    expect(compareConfiguration(document, await snapshotsOf(sim.library, ['localhost'])).differences).to.have.length(3);
  });

  it('exports braces in a station id escaped, so the document reads back as the same text', async function () {
    await usingSession(sim.library, 'localhost', (s) => s.setPort({ name: 'USRobotics 56K Voice' }, { tsid: '{Server} Fax', csid: '}{' }));
    const snapshots = await snapshotsOf(sim.library, ['localhost']);
    const document = throughText(exportConfiguration(snapshots));
    expect(document.servers?.[0]?.ports?.find((p) => p.name === 'USRobotics 56K Voice')).to.include({ tsid: '{{Server}} Fax', csid: '}}{{' });
    expect(compareConfiguration(document, snapshots).inLine).to.equal(true);
  });
});
