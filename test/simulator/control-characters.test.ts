// One rule for every string field: no control character (U+0001 to U+001F, U+007F) is ever
// stored, so the state file always loads afterwards. The core refuses such a value with a
// ValidationError before any call; the simulator refuses it at its API (a client that bypasses
// the core); the TypeScript writer refuses it in every text field. See simulator/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'chai';
import { type FaxServerSession, withSession } from '../../src/core/session.js';
import { ValidationError } from '../../src/core/errors.js';
import { FaxApiError } from '../../src/winfax/errors.js';
import { PORT_OPEN_MODIFY } from '../../src/winfax/constants.js';
import { decodeStruct, structSize } from '../../src/winfax/memory.js';
import type { FaxPointer, Out } from '../../src/winfax/prototypes.js';
import { FAX_CONFIGURATIONW, FAX_PORT_INFOW, type FaxConfigurationW, type FaxPortInfoW } from '../../src/winfax/types.js';
import { ERROR_INVALID_DATA, ERROR_INVALID_PARAMETER } from '../../src/winfax/win32-errors.js';
import { type SimServer, StateFileError, serializeState } from '../../src/simulator/state-file.js';
import { useSimulator } from '../helpers/simulator.js';
import { STORE_IN_FOLDER, standardServers } from '../helpers/fixtures.js';

/** Every control character a field could carry through a UTF-16 string: 0x01 to 0x1F and DEL. */
export const CONTROL_CHARACTERS: readonly string[] = [
  ...Array.from({ length: 0x1f }, (_, i) => String.fromCharCode(i + 1)),
  '\u007f',
];

const hex = (char: string): string => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('simulator state: control characters in string fields', function () {
  const sim = useSimulator();

  /** The state loads: a new connection lists every port and reads the configuration. */
  function expectStateLoads(): void {
    const [ports, config] = withSession({ library: sim.library }, (s) => [s.listPorts(), s.getConfiguration()] as const);
    expect(ports).to.have.length(4);
    expect(config.archiveDirectory).to.equal('C:\\ProgramData\\Microsoft\\Windows NT\\MSFax\\SentItems');
  }

  it('matrix: the core refuses each of the 32 control characters in each of the 4 string fields it writes, and the state loads after each', function () {
    const fields: [string, (bad: string) => (s: FaxServerSession) => unknown][] = [
      ['tsid', (bad) => (s) => s.setPort({ deviceId: 65537 }, { tsid: `A${bad}B` })],
      ['csid', (bad) => (s) => s.setPort({ deviceId: 65537 }, { csid: `A${bad}B` })],
      ['archiveDirectory', (bad) => (s) => s.setConfiguration({ archiveDirectory: `C:\\Fax${bad}Archive` })],
      ['guid', (bad) => (s) => s.setRoutingMethodEnabled({ deviceId: 65537 }, `{92041a90-9af2-11d0${bad}abf7-00c04fd91a4e}`, true)],
    ];
    const before = sim.readState();
    let cases = 0;
    for (const [field, attempt] of fields) {
      for (const bad of CONTROL_CHARACTERS) {
        const error = thrown(() => withSession({ library: sim.library }, attempt(bad)));
        expect(error, `${field} with ${hex(bad)}`).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).field, `${field} with ${hex(bad)}`).to.equal(field);
        if (field !== 'guid') expect((error as ValidationError).message, `${field} with ${hex(bad)}`).to.contain(hex(bad));
        expect(sim.readState(), `${field} with ${hex(bad)} changed the state file`).to.equal(before);
        expectStateLoads();
        cases++;
      }
    }
    expect(cases).to.equal(4 * 32);
  });

  describe('a client that bypasses the core', function () {
    function connect(): FaxPointer {
      const out: Out<FaxPointer | null> = [null];
      sim.library.invoke('FaxConnectFaxServerW', null, out);
      return out[0] as FaxPointer;
    }

    function read<T>(call: (out: Out<FaxPointer | null>) => void, type: typeof FAX_PORT_INFOW | typeof FAX_CONFIGURATIONW): T {
      const out: Out<FaxPointer | null> = [null];
      call(out);
      const value = decodeStruct<T>(out[0] as FaxPointer, type);
      sim.library.functions.FaxFreeBuffer(out[0] as FaxPointer);
      return value;
    }

    function failureCode(call: () => void): number {
      const error = thrown(call);
      expect(error).to.be.instanceOf(FaxApiError);
      return (error as FaxApiError).win32Code;
    }

    it('matrix: FaxSetPortW, FaxSetConfigurationW and FaxEnableRoutingMethodW refuse each control character in each string field, and the state loads after each', function () {
      const server = connect();
      const port = (() => {
        const out: Out<FaxPointer | null> = [null];
        sim.library.invoke('FaxOpenPort', server, 65537, PORT_OPEN_MODIFY, out);
        return out[0] as FaxPointer;
      })();
      const before = sim.readState();
      let cases = 0;
      try {
        const info = read<FaxPortInfoW>((out) => sim.library.invoke('FaxGetPortW', port, out), FAX_PORT_INFOW);
        const config = read<FaxConfigurationW>((out) => sim.library.invoke('FaxGetConfigurationW', server, out), FAX_CONFIGURATIONW);
        const port65537 = { ...info, SizeOfStruct: structSize(FAX_PORT_INFOW) };
        for (const bad of CONTROL_CHARACTERS) {
          const attempts: [string, () => void, number][] = [
            ['Tsid', () => sim.library.invoke('FaxSetPortW', port, { ...port65537, Tsid: `A${bad}B` }), ERROR_INVALID_PARAMETER],
            ['Csid', () => sim.library.invoke('FaxSetPortW', port, { ...port65537, Csid: `A${bad}B` }), ERROR_INVALID_PARAMETER],
            ['ArchiveDirectory', () => sim.library.invoke('FaxSetConfigurationW', server, { ...config, Reserved: null, ArchiveDirectory: `C:\\Fax${bad}Archive` }), ERROR_INVALID_PARAMETER],
            ['RoutingGuid', () => sim.library.invoke('FaxEnableRoutingMethodW', port, `${STORE_IN_FOLDER.slice(0, 10)}${bad}${STORE_IN_FOLDER.slice(11)}`, 1), ERROR_INVALID_DATA],
          ];
          for (const [field, attempt, code] of attempts) {
            expect(failureCode(attempt), `${field} with ${hex(bad)}`).to.equal(code);
            expect(sim.readState(), `${field} with ${hex(bad)} changed the state file`).to.equal(before);
            cases++;
          }
          // A fresh read in this process, as another process would do it.
          const again = read<FaxConfigurationW>((out) => sim.library.invoke('FaxGetConfigurationW', server, out), FAX_CONFIGURATIONW);
          expect(again.ArchiveDirectory).to.equal(config.ArchiveDirectory);
        }
      } finally {
        sim.library.functions.FaxClose(port);
        sim.library.functions.FaxClose(server);
      }
      expect(cases).to.equal(4 * 32);
      expectStateLoads();
    });
  });

  describe('the TypeScript state writer', function () {
    /** Every text field of a simulated world, as a way to put a value into it. */
    // The methods are copied before a change: the fixture shares MICROSOFT_ROUTING_METHODS' objects.
    const TEXT_FIELDS: [string, (servers: SimServer[], value: string) => void][] = [
      ['server name', (w, v) => { w[0]!.name = v; }],
      ['archiveDirectory', (w, v) => { w[0]!.configuration = { ...defaultConfiguration(), archiveDirectory: v }; }],
      ['startCheapTime', (w, v) => { w[0]!.configuration = { ...defaultConfiguration(), startCheapTime: v }; }],
      ['stopCheapTime', (w, v) => { w[0]!.configuration = { ...defaultConfiguration(), stopCheapTime: v }; }],
      ['guid', (w, v) => { w[0]!.methods![0] = { ...w[0]!.methods![0]!, guid: v }; }],
      ['friendlyName', (w, v) => { w[0]!.methods![0] = { ...w[0]!.methods![0]!, friendlyName: v }; }],
      ['functionName', (w, v) => { w[0]!.methods![0] = { ...w[0]!.methods![0]!, functionName: v }; }],
      ['extensionImageName', (w, v) => { w[0]!.methods![0] = { ...w[0]!.methods![0]!, extensionImageName: v }; }],
      ['extensionFriendlyName', (w, v) => { w[0]!.methods![0] = { ...w[0]!.methods![0]!, extensionFriendlyName: v }; }],
      ['name', (w, v) => { w[0]!.ports[0]!.name = v; }],
      ['state', (w, v) => { w[0]!.ports[0]!.state = v; }],
      ['tsid', (w, v) => { w[0]!.ports[0]!.tsid = v; }],
      ['csid', (w, v) => { w[0]!.ports[0]!.csid = v; }],
      ['enabledMethods', (w, v) => { w[0]!.ports[0]!.enabledMethods = [v]; }],
      ...(['callerId', 'csid', 'documentName', 'phoneNumber', 'routingString', 'senderName', 'recipientName', 'tsid', 'userName', 'statusString'] as const).map(
        (field): [string, (servers: SimServer[], value: string) => void] => [field, (w, v) => { w[1]!.jobs![0]![field] = v; }],
      ),
      ...(['userName', 'recipientNumber', 'recipientName', 'tsid', 'senderName', 'senderCompany', 'senderDepartment', 'billingCode',
        'deliveryReportAddress', 'documentName'] as const).map(
        (field): [string, (servers: SimServer[], value: string) => void] => [field, (w, v) => { w[0]!.queue![0]![field] = v; }],
      ),
    ];

    function defaultConfiguration() {
      return { retries: 3, retryDelay: 10, dirtyDays: 30, branding: true, useDeviceTsid: true, serverCp: false, pauseServerQueue: false,
        startCheapTime: '20:00', stopCheapTime: '07:00', archiveOutgoingFaxes: false, archiveDirectory: 'C:\\Fax' };
    }

    it(`matrix: refuses each control character in each of its ${TEXT_FIELDS.length} text fields, naming the field; the state file is left as it was`, function () {
      const before = sim.readState();
      let cases = 0;
      for (const [field, put] of TEXT_FIELDS) {
        for (const bad of CONTROL_CHARACTERS) {
          const world = standardServers();
          put(world, `x${bad}y`);
          const error = thrown(() => serializeState(world));
          expect(error, `${field} with ${hex(bad)}`).to.be.instanceOf(StateFileError);
          expect((error as Error).message, `${field} with ${hex(bad)}`).to.contain(` ${field} holds the control character ${hex(bad)} at position 2`);
          cases++;
        }
      }
      expect(cases).to.equal(TEXT_FIELDS.length * 32);
      expect(sim.readState()).to.equal(before);
      expectStateLoads();
    });

    it('writes printable text the way the simulator reads it back: backslashes, #, quotes and non-ASCII letters', function () {
      const world = standardServers();
      world[0]!.configuration = { ...defaultConfiguration(), archiveDirectory: '\\\\FAXSRV02\\#Fax "archive"\\Área' };
      world[0]!.ports[1]!.name = '#2 \\ modem';
      writeFileSync(sim.stateFile, serializeState(world));
      const [config, port] = withSession({ library: sim.library }, (s) => [s.getConfiguration(), s.getPort({ deviceId: 65538 })] as const);
      expect(config.archiveDirectory).to.equal('\\\\FAXSRV02\\#Fax "archive"\\Área');
      expect(port.name).to.equal('#2 \\ modem');
    });
  });

  it('reads a state file the old writers could leave: a control character other than a tab or line break inside a field', function () {
    // The simulator stored what FaxSetConfigurationW gave it before this rule; such a file still loads.
    const text = readFileSync(sim.stateFile, 'utf8').replace('C:\\ProgramData\\Microsoft\\Windows NT\\MSFax\\SentItems', 'C:\\Fax\u0001Archive');
    writeFileSync(sim.stateFile, text);
    const config = withSession({ library: sim.library }, (s) => s.getConfiguration());
    expect(config.archiveDirectory).to.equal('C:\\Fax\u0001Archive');
  });
});
