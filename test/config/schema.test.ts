// The published schema and the checks FaxBridge runs agree: the schema is the file ajv compiles,
// its bounds are the core's, and its properties are the ones the core reads and writes.
import { expect } from 'chai';
import { FaxServerSession } from '../../src/core/session.js';
import { validateConfigurationChange, validatePortChange } from '../../src/core/validate.js';
import { normalizeRoutingGuid } from '../../src/core/routing-guid.js';
import { CONFIGURATION_PROPERTIES, PORT_PROPERTIES } from '../../src/config/document.js';
import { readJsonText } from '../../src/config/json-text.js';
import { parseConfiguration } from '../../src/config/parse.js';
import { loadSchema, schemaIssues } from '../../src/config/schema.js';
import { useSimulator } from '../helpers/simulator.js';

function schemaAccepts(value: unknown): boolean {
  const { json, issues } = readJsonText(JSON.stringify(value));
  expect(issues).to.deep.equal([]);
  return schemaIssues(json).length === 0;
}

function coreAccepts(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

function parserAccepts(value: unknown): boolean {
  try {
    parseConfiguration(JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const portDocument = (property: string, value: unknown): unknown => ({ schemaVersion: 1, template: { ports: [{ name: 'Line 1', [property]: value }] } });
const configurationDocument = (property: string, value: unknown): unknown => ({ schemaVersion: 1, template: { configuration: { [property]: value } } });

const CANDIDATES: readonly unknown[] = [-1, 0, 1, 2, 20, 99, 100, 4294967295, 4294967296, 2.5, '3', true, false, null, [], {}, '', 'abc', '07:30', '7:30', '23:59', '24:00', '12:60', 'C:\\Fax\\Sent', 'C:\\Fax\u0001', '+1 425 555 0100', 'Caf\u00e9', 'tab\there'];

describe('config: the schema file and the checks agree', function () {
  it('is a valid draft 2020-12 schema whose $id documents reference', function () {
    const schema = loadSchema();
    expect(schema['$schema']).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).to.equal('faxbridge-configuration.schema.json');
  });

  for (const property of ['sendEnabled', 'receiveEnabled', 'rings', 'priority'] as const) {
    it(`accepts the same ${property} values as the core's validatePortChange`, function () {
      for (const value of CANDIDATES) {
        const core = coreAccepts(() => validatePortChange({ [property]: value }));
        expect(schemaAccepts(portDocument(property, value)), `${property} = ${JSON.stringify(value)}`).to.equal(core);
        expect(parserAccepts(portDocument(property, value)), `${property} = ${JSON.stringify(value)}`).to.equal(core);
      }
    });
  }

  for (const property of ['tsid', 'csid'] as const) {
    it(`accepts the same ${property} values as the core, the length (which placeholders change) checked by the parser`, function () {
      for (const value of [...CANDIDATES, 'x'.repeat(20), 'x'.repeat(21)]) {
        const core = coreAccepts(() => validatePortChange({ [property]: value as string }));
        const schema = schemaAccepts(portDocument(property, value));
        if (typeof value === 'string' && [...value].length > 20) expect(schema, 'the schema cannot count characters a placeholder will replace').to.equal(true);
        else expect(schema, `${property} = ${JSON.stringify(value)}`).to.equal(core);
        expect(parserAccepts(portDocument(property, value)), `${property} = ${JSON.stringify(value)}`).to.equal(core);
      }
    });
  }

  for (const property of CONFIGURATION_PROPERTIES) {
    it(`accepts the same configuration ${property} values as the core's validateConfigurationChange`, function () {
      for (const value of CANDIDATES) {
        const core = value !== null && coreAccepts(() => validateConfigurationChange({ [property]: value }));
        expect(schemaAccepts(configurationDocument(property, value)), `${property} = ${JSON.stringify(value)}`).to.equal(core);
        expect(parserAccepts(configurationDocument(property, value)), `${property} = ${JSON.stringify(value)}`).to.equal(core);
      }
    });
  }

  it('accepts the same routing GUIDs as the core', function () {
    const guids = ['92041a90-9af2-11d0-abf7-00c04fd91a4e', '{92041A90-9AF2-11D0-ABF7-00C04FD91A4E}', '{92041a90-9af2-11d0-abf7-00c04fd91a4}', 'Store in folder', '', 42];
    for (const guid of guids) {
      const core = coreAccepts(() => normalizeRoutingGuid(guid));
      const document = { schemaVersion: 1, template: { ports: [{ name: 'x', routingMethods: [{ guid }] }] } };
      expect(schemaAccepts(document), JSON.stringify(guid)).to.equal(core);
      expect(parserAccepts(document), JSON.stringify(guid)).to.equal(core);
    }
  });

  it('lists the properties the core reads and writes, no more and no fewer', async function () {
    const schema = loadSchema() as { $defs: Record<string, { properties: Record<string, unknown> }> };
    expect(Object.keys(schema.$defs['port']?.properties ?? {})).to.deep.equal(['name', 'deviceId', ...PORT_PROPERTIES, 'routingMethods']);
    expect(Object.keys(schema.$defs['configuration']?.properties ?? {})).to.deep.equal([...CONFIGURATION_PROPERTIES]);
  });

  describe('against what a server reports', function () {
    const sim = useSimulator();
    it('has a configuration property for every setting the service reports, and a port property for every settable one', function () {
      const session = FaxServerSession.connect({ library: sim.library });
      try {
        const configuration = Object.keys(session.getConfiguration()).filter((key) => key !== 'backend' && key !== 'server');
        expect([...configuration].sort()).to.deep.equal([...CONFIGURATION_PROPERTIES].sort());
        const port = session.listPorts()[0] ?? {};
        for (const property of PORT_PROPERTIES) expect(port, property).to.have.property(property);
      } finally {
        session.close();
      }
    });
  });

  it('agrees with the parser on whole documents, good and bad', function () {
    const good: unknown[] = [
      { $schema: './faxbridge-configuration.schema.json', schemaVersion: 1, servers: [{ name: 'FAXSRV02', configuration: { retries: 3, archiveDirectory: 'D:\\Fax' }, ports: [{ name: 'Line 1', deviceId: 131073, rings: 1, priority: 1, tsid: 'A', csid: 'B', routingMethods: [] }] }] },
      { schemaVersion: 1, template: { ports: [{ name: '*Modem*', tsid: '{Server}', csid: '{DeviceName}' }] } },
      { schemaVersion: 1, template: {} },
      { schemaVersion: 1, servers: [{ name: 'localhost' }, { name: 'FAXSRV02', ports: [] }] },
    ];
    const bad: unknown[] = [
      { schemaVersion: 1, servers: [] },
      { schemaVersion: 1, servers: [{ ports: [] }] },
      { schemaVersion: 1, template: { name: 'FAXSRV02' } },
      { schemaVersion: 1, template: { ports: [{ name: 'x', routingMethods: [{ guid: '92041a90-9af2-11d0-abf7-00c04fd91a4e', enabled: true }] }] } },
      { schemaVersion: '1', template: {} },
      { schemaVersion: 1, template: { ports: {} } },
      { schemaVersion: 1, servers: [{ name: 'A' }], extra: 1 },
      [],
      'a document',
    ];
    for (const document of good) expect([schemaAccepts(document), parserAccepts(document)], JSON.stringify(document)).to.deep.equal([true, true]);
    for (const document of bad) expect([schemaAccepts(document), parserAccepts(document)], JSON.stringify(document)).to.deep.equal([false, false]);
    // What only the parser refuses, because JSON Schema cannot say it: repeated priorities and unknown placeholders.
    const ruleOnly: unknown[] = [
      { schemaVersion: 1, template: { ports: [{ name: 'a', priority: 1 }, { name: 'b', priority: 1 }] } },
      { schemaVersion: 1, template: { ports: [{ name: 'a', tsid: '{Sever}' }] } },
    ];
    for (const document of ruleOnly) expect([schemaAccepts(document), parserAccepts(document)], JSON.stringify(document)).to.deep.equal([true, false]);
  });
});
