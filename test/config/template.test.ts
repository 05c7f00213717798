// A template (no server names) with wildcard port entries and placeholders, over three servers.
import { expect } from 'chai';
import { compareConfiguration, serversToCompare } from '../../src/config/compare.js';
import { positionOf } from '../../src/config/json-text.js';
import { parseConfiguration } from '../../src/config/parse.js';
import { ROUTE_EMAIL, STORE_IN_FOLDER } from '../helpers/fixtures.js';
import { useSimulator } from '../helpers/simulator.js';
import { importConfiguration, MICROSOFT_ROUTING_METHODS, snapshotsOf, type SimServer, usingSession } from '../helpers/config.js';

const port = (deviceId: number, name: string, priority: number, flags = 3) => ({ deviceId, name, flags, rings: 1, priority, state: 'AVAILABLE', tsid: 'OLD', csid: 'OLD' });

function fleet(): SimServer[] {
  return [
    { name: 'FAXSRV01', ports: [port(1001, 'Standard 56000 bps Modem', 1), port(1002, 'USRobotics 56K Voice Modem', 2), port(1003, 'Fax Virtual Printer Port', 3, 6)] },
    { name: 'FAXSRV02', ports: [port(2001, 'Brooktrout TR1034 Line 1', 1), port(2002, 'Brooktrout TR1034 Line 2', 2), port(2003, 'Hayes MODEM', 3)] },
    // A server without the e-mail routing method.
    { name: 'FAXSRV03', methods: MICROSOFT_ROUTING_METHODS.filter((m) => m.guid !== ROUTE_EMAIL), ports: [port(3001, 'Zoom Modem 3095', 1)] },
  ];
}

const SERVERS = ['FAXSRV01', 'FAXSRV02', 'FAXSRV03'];

const TEMPLATE = `{
  "$schema": "../schemas/faxbridge-configuration.schema.json",
  "schemaVersion": 1,
  "template": {
    "configuration": { "retries": 5, "startCheapTime": "21:00" },
    "ports": [
      { "name": "*modem*", "rings": 4, "receiveEnabled": true, "csid": "{Server} FAX" },
      { "name": "Brooktrout TR1034 Line ?", "tsid": "{Server} L", "routingMethods": [{ "guid": "${STORE_IN_FOLDER}", "friendlyName": "Store in a folder" }] },
      { "name": "hayes*", "rings": 6 }
    ]
  }
}`;

describe('config: a template over three servers', function () {
  const sim = useSimulator(fleet);

  it('needs the servers named, since a template names none', function () {
    const template = parseConfiguration(TEMPLATE);
    expect(() => serversToCompare(template)).to.throw(/template, which names no server/);
    expect(serversToCompare(template, SERVERS)).to.deep.equal(SERVERS);
  });

  it('expands wildcards and placeholders on each server, later entries overriding earlier ones', async function () {
    const template = parseConfiguration(TEMPLATE);
    const comparison = compareConfiguration(template, await snapshotsOf(sim.library, SERVERS));
    expect(comparison.missingPorts).to.deep.equal([]);
    expect(comparison.problems).to.deep.equal([]);
    const shown = comparison.differences.map((d) => `${d.server} ${d.scope} ${d.port ?? '-'} ${d.property}: ${JSON.stringify(d.actual)} → ${JSON.stringify(d.expected)}`);
    expect(shown).to.deep.equal([
      'FAXSRV01 Server - retries: 3 → 5',
      'FAXSRV01 Server - startCheapTime: "20:00" → "21:00"',
      'FAXSRV01 Port Standard 56000 bps Modem rings: 1 → 4',
      'FAXSRV01 Port Standard 56000 bps Modem csid: "OLD" → "FAXSRV01 FAX"',
      'FAXSRV01 Port USRobotics 56K Voice Modem rings: 1 → 4',
      'FAXSRV01 Port USRobotics 56K Voice Modem csid: "OLD" → "FAXSRV01 FAX"',
      'FAXSRV02 Server - retries: 3 → 5',
      'FAXSRV02 Server - startCheapTime: "20:00" → "21:00"',
      'FAXSRV02 Port Brooktrout TR1034 Line 1 tsid: "OLD" → "FAXSRV02 L"',
      'FAXSRV02 Port Brooktrout TR1034 Line 2 tsid: "OLD" → "FAXSRV02 L"',
      'FAXSRV02 Port Hayes MODEM rings: 1 → 6',
      'FAXSRV02 Port Hayes MODEM csid: "OLD" → "FAXSRV02 FAX"',
      'FAXSRV02 Routing Brooktrout TR1034 Line 1 Store in a folder: false → true',
      'FAXSRV02 Routing Brooktrout TR1034 Line 2 Store in a folder: false → true',
      'FAXSRV03 Server - retries: 3 → 5',
      'FAXSRV03 Server - startCheapTime: "20:00" → "21:00"',
      'FAXSRV03 Port Zoom Modem 3095 rings: 1 → 4',
      'FAXSRV03 Port Zoom Modem 3095 csid: "OLD" → "FAXSRV03 FAX"',
    ]);
  });

  it('applies to every server, leaves unmatched ports alone, and is then in line', async function () {
    const template = parseConfiguration(TEMPLATE);
    const { results } = await importConfiguration(sim.library, template, SERVERS);
    expect(results.map((r) => r.status).every((s) => s === 'Applied')).to.equal(true);
    expect(results.filter((r) => r.write.server === 'FAXSRV02').map((r) => r.write.description)).to.deep.equal([
      "Set retries 3 → 5, startCheapTime '20:00' → '21:00' on FAXSRV02",
      "Set tsid 'OLD' → 'FAXSRV02 L' on 'Brooktrout TR1034 Line 1' of FAXSRV02",
      "Set tsid 'OLD' → 'FAXSRV02 L' on 'Brooktrout TR1034 Line 2' of FAXSRV02",
      "Set rings 1 → 6, csid 'OLD' → 'FAXSRV02 FAX' on 'Hayes MODEM' of FAXSRV02",
      `Enable routing method 'Store in a folder' ${STORE_IN_FOLDER} on 'Brooktrout TR1034 Line 1' of FAXSRV02`,
      `Enable routing method 'Store in a folder' ${STORE_IN_FOLDER} on 'Brooktrout TR1034 Line 2' of FAXSRV02`,
    ]);
    const virtual = await usingSession(sim.library, 'FAXSRV01', (s) => s.getPort({ name: 'Fax Virtual Printer Port' }));
    expect(virtual).to.include({ rings: 1, tsid: 'OLD', csid: 'OLD' });
    expect(compareConfiguration(template, await snapshotsOf(sim.library, SERVERS)).inLine).to.equal(true);
    expect((await importConfiguration(sim.library, template, SERVERS)).results).to.deep.equal([]);
  });

  it('refuses, on the server concerned only, a placeholder that makes a CSID too long and a routing method it lacks', async function () {
    const text = `{ "schemaVersion": 1, "template": { "ports": [
      { "name": "*Line 1", "csid": "{DeviceName}" },
      { "name": "Zoom*", "rings": 3, "routingMethods": [{ "guid": "${ROUTE_EMAIL}", "friendlyName": "Route through e-mail" }] },
      { "name": "Standard 56000 bps Modem", "rings": 2 }
    ] } }`;
    const template = parseConfiguration(text);
    const comparison = compareConfiguration(template, await snapshotsOf(sim.library, SERVERS));
    expect(comparison.problems.map((p) => [p.server, p.path, p.message])).to.deep.equal([
      ['FAXSRV02', '$.template.ports[0].csid', "for 'Brooktrout TR1034 Line 1': \"Brooktrout TR1034 Line 1\" is 24 characters long; at most 20 are allowed"],
      ['FAXSRV03', '$.template.ports[1].routingMethods[0].guid', `FAXSRV03 has no routing method ${ROUTE_EMAIL} ("Route through e-mail") on 'Zoom Modem 3095'; it has {92041a90-9af2-11d0-abf7-00c04fd91a4e} ("Store in a folder"), {aec1b37c-9af2-11d0-abf7-00c04fd91a4e} ("Print")`],
    ]);
    // Where each is in the text, for the caller to show beside it.
    expect(comparison.problems.map((p) => positionOf(text, p.path))).to.deep.equal([{ line: 2, column: 36 }, { line: 3, column: 67 }]);
    expect(comparison.missingPorts.map((m) => `${m.server}: ${m.port}`)).to.deep.equal(['FAXSRV02: Standard 56000 bps Modem', 'FAXSRV03: Standard 56000 bps Modem']);

    const { results, plans } = await importConfiguration(sim.library, template, ['FAXSRV01']);
    expect(plans.map((p) => p.server)).to.deep.equal(['FAXSRV01']);
    expect(results.map((r) => r.write.description)).to.deep.equal(["Set rings 1 → 2 on 'Standard 56000 bps Modem' of FAXSRV01"]);
    await importConfiguration(sim.library, template, ['FAXSRV03']).then(
      () => expect.fail('a server with problems must get no plan'),
      (error: Error) => expect(error.message).to.match(/^Nothing will be written to FAXSRV03/),
    );
    expect(await usingSession(sim.library, 'FAXSRV03', (s) => s.getPort({ name: 'Zoom Modem 3095' }).rings)).to.equal(1);
  });
});
