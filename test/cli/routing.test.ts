// faxbridge routing list | enable | disable: text and JSON output, exit codes 0 / 1 / 2, and a
// refused change that leaves the simulator's state as it was.
import { expect } from 'chai';
import { jsonError, runCli } from '../helpers/cli.js';
import { ROUTE_EMAIL, STORE_IN_FOLDER } from '../helpers/fixtures.js';
import { useSimulator } from '../helpers/simulator.js';

interface Method {
  guid: string;
  enabled: boolean;
  deviceId: number;
  server: string;
  friendlyName: string;
}

describe('CLI: faxbridge routing', function () {
  const sim = useSimulator();
  const cli = (...args: string[]) => runCli(args, sim.env());
  const methods = (...args: string[]): Method[] => JSON.parse(cli('routing', 'list', ...args, '--json').stdout) as Method[];

  it('routing list prints a table of the methods of a port, enabled or not', function () {
    const result = cli('routing', 'list', 'Standard 56000 bps Modem');
    expect(result.status, result.stderr).to.equal(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).to.match(/^GUID\s+ENABLED\s+NAME\s+EXTENSION$/);
    expect(lines).to.have.length(2 + 3);
    expect(lines.find((line) => line.startsWith(STORE_IN_FOLDER))).to.match(/\syes\s+Store in a folder\s+Microsoft Routing Extension$/);
    expect(lines.find((line) => line.startsWith(ROUTE_EMAIL))).to.match(/\sno\s+Route through e-mail\s/);
  });

  it('routing list --json writes the methods with their port and server', function () {
    const list = methods('65537');
    expect(list.map((m) => [m.guid, m.enabled])).to.deep.include.members([[STORE_IN_FOLDER, true], [ROUTE_EMAIL, false]]);
    expect(list.every((m) => m.deviceId === 65537 && m.server === 'localhost')).to.equal(true);
  });

  it('routing enable and disable switch a method, persisted for the next process', function () {
    // Registry form, braces optional, any case: as an administrator copies it.
    const enabled = cli('routing', 'enable', '65537', ROUTE_EMAIL.slice(1, -1).toUpperCase(), '--json');
    expect(enabled.status, enabled.stderr).to.equal(0);
    expect(JSON.parse(enabled.stdout)).to.include({ guid: ROUTE_EMAIL, enabled: true, deviceId: 65537 });
    expect(methods('65537').find((m) => m.guid === ROUTE_EMAIL)?.enabled).to.equal(true);

    const disabled = cli('routing', 'disable', '65537', STORE_IN_FOLDER);
    expect(disabled.status, disabled.stderr).to.equal(0);
    expect(disabled.stdout).to.match(/^Disabled Store in a folder on port 65537 of localhost:\n/).and.match(/Enabled\s+: no/);
    expect(methods('65537').find((m) => m.guid === STORE_IN_FOLDER)?.enabled).to.equal(false);
  });

  it('a malformed GUID exits 2 naming the argument, before connecting, and changes nothing', function () {
    const before = sim.readState();
    const env = sim.env({ FAXBRIDGE_SIM_FAULT: 'FaxConnectFaxServerW:1:1722' });
    const result = runCli(['routing', 'enable', '65537', 'not-a-guid', '--json'], env);
    expect([result.status, result.stdout]).to.deep.equal([2, '']);
    expect(jsonError(result)).to.include({ type: 'ValidationError', option: '<guid>', field: 'guid' });
    const text = cli('routing', 'disable', '65537', '{1234}');
    expect(text.status).to.equal(2);
    expect(text.stderr).to.match(/^faxbridge: Invalid <guid>: .*"\{1234\}"/);
    expect(sim.readState()).to.equal(before);
  });

  it('a GUID the server does not offer exits 1 with the API error, and changes nothing', function () {
    const before = sim.readState();
    const result = cli('routing', 'enable', '65537', '{00000000-0000-0000-0000-000000000000}', '--json');
    expect([result.status, result.stdout]).to.deep.equal([1, '']);
    expect(jsonError(result)).to.include({ type: 'FaxApiError', api: 'FaxEnableRoutingMethodW', win32Code: 13, win32Name: 'ERROR_INVALID_DATA' });
    expect(sim.readState()).to.equal(before);
  });

  it('a user without the right to change ports exits 1 with ERROR_ACCESS_DENIED, and changes nothing', function () {
    const before = sim.readState();
    const result = cli('routing', 'enable', '70001', ROUTE_EMAIL, '--server', 'READONLY', '--json');
    expect(result.status).to.equal(1);
    expect(jsonError(result)).to.include({ api: 'FaxOpenPort', win32Code: 5, win32Name: 'ERROR_ACCESS_DENIED' });
    expect(sim.readState()).to.equal(before);
  });

  it('an unknown port exits 1; an unreachable server exits 1 naming FaxConnectFaxServerW', function () {
    const missing = cli('routing', 'list', 'No such modem', '--json');
    expect(missing.status).to.equal(1);
    expect(jsonError(missing)).to.include({ type: 'PortNotFoundError', server: 'localhost' });
    const unreachable = cli('routing', 'list', '65537', '--server', 'NOWHERE', '--json');
    expect(unreachable.status).to.equal(1);
    expect(jsonError(unreachable)).to.include({ api: 'FaxConnectFaxServerW', win32Name: 'RPC_S_SERVER_UNAVAILABLE' });
  });

  it('a missing argument, an unknown subcommand or a repeated option exits 2', function () {
    for (const args of [['routing', 'enable', '65537'], ['routing', 'list'], ['routing', 'toggle', '65537'], ['routing', 'list', '65537', '--server', 'A', '--server', 'B']]) {
      const result = cli(...args);
      expect([result.status, result.stdout], args.join(' ')).to.deep.equal([2, '']);
    }
  });
});
