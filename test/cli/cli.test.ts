// The faxbridge command line: output, JSON, exit codes 0 / 1 (fax API error) / 2 (bad usage).
import path from 'node:path';
import { expect } from 'chai';
import { runCli } from '../helpers/cli.js';
import { useSimulator } from '../helpers/simulator.js';

describe('CLI: faxbridge', function () {
  const sim = useSimulator();
  const cli = (...args: string[]) => runCli(args, sim.env());

  it('port list prints a table of the ports', function () {
    const result = cli('port', 'list');
    expect(result.status, result.stderr).to.equal(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).to.match(/^DEVICE ID\s+NAME\s+STATE\s+SEND\s+RECEIVE\s+VIRTUAL\s+RINGS\s+PRIORITY\s+TSID\s+CSID$/);
    expect(lines).to.have.length(2 + 4);
    expect(lines[2]).to.match(/^\s*65537\s+Standard 56000 bps Modem\s+Available\s+yes\s+yes\s+no\s+2\s+1\s+\+1 425 555 0100/);
    expect(result.stdout).to.contain('Línea de fax 3 (Conexant)');
  });

  it('port list --json writes camelCase objects', function () {
    const result = cli('port', 'list', '--json');
    expect(result.status, result.stderr).to.equal(0);
    const ports = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(ports).to.have.length(4);
    expect(Object.keys(ports[0] ?? {})).to.include.members(['deviceId', 'name', 'state', 'sendEnabled', 'receiveEnabled', 'virtual', 'rings', 'priority', 'tsid', 'csid']);
  });

  it('port set changes a port and a later port get, in a new process, shows it', function () {
    const set = cli('port', 'set', '65538', '--rings', '4', '--tsid', 'Contoso Billing', '--send', '--json');
    expect(set.status, set.stderr).to.equal(0);
    expect(JSON.parse(set.stdout)).to.include({ deviceId: 65538, rings: 4, tsid: 'Contoso Billing', sendEnabled: true });
    const get = cli('port', 'get', '65538', '--json');
    expect(JSON.parse(get.stdout)).to.include({ rings: 4, tsid: 'Contoso Billing', sendEnabled: true });
    const text = cli('port', 'get', 'USRobotics 56K Voice');
    expect(text.stdout).to.match(/Rings\s+: 4/).and.match(/TSID\s+: Contoso Billing/);
  });

  it('port set --no-receive turns receiving off', function () {
    const result = cli('port', 'set', '65537', '--no-receive', '--json');
    expect(JSON.parse(result.stdout)).to.include({ receiveEnabled: false, sendEnabled: true });
  });

  it('rejects a bad TSID with exit code 2, a message naming the problem, and no change', function () {
    const before = sim.readState();
    const result = cli('port', 'set', '65537', '--tsid', 'x'.repeat(30));
    expect(result.status).to.equal(2);
    expect(result.stderr).to.contain('Invalid tsid').and.contain('30 characters long; at most 20');
    expect(result.stdout).to.equal('');
    expect(sim.readState()).to.equal(before);
  });

  it('rejects rings that are not a number with exit code 2', function () {
    const result = cli('port', 'set', '65537', '--rings', 'many');
    expect(result.status).to.equal(2);
    expect(result.stderr).to.contain('Invalid rings');
  });

  it('port set with nothing to change is a usage error', function () {
    const result = cli('port', 'set', '65537');
    expect(result.status).to.equal(2);
    expect(result.stderr).to.contain('Nothing to change');
  });

  it('port status shows the job on a busy device of a named server', function () {
    const result = cli('port', 'status', '131073', '--server', 'FAXSRV02');
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/Status\s+: Receiving/).and.match(/Page\s+: 2 of 5/).and.match(/Caller ID\s+: \+44 161 496 0123/);
  });

  it('an unreachable server exits 1 and names the Win32 error', function () {
    const result = cli('port', 'list', '--server', 'NOWHERE');
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain('FaxConnectFaxServerW failed: RPC_S_SERVER_UNAVAILABLE (1722)');
  });

  it('with --json, a fax API error is reported as JSON on stderr', function () {
    const result = cli('port', 'set', '65538', '--rings', '1', '--server', 'READONLY', '--json');
    expect(result.status).to.equal(1);
    const report = JSON.parse(result.stderr) as { error: Record<string, unknown> };
    expect(report.error).to.include({ type: 'FaxApiError', api: 'FaxOpenPort', win32Code: 5, win32Name: 'ERROR_ACCESS_DENIED' });
  });

  it('an unknown port name exits 1 with a clear message', function () {
    const result = cli('port', 'get', 'Nonexistent modem');
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain('No fax port with device name "Nonexistent modem" on localhost.');
  });

  it('--help works everywhere and exits 0', function () {
    for (const args of [['--help'], ['port', '--help'], ['port', 'set', '--help']]) {
      const result = cli(...args);
      expect(result.status, args.join(' ')).to.equal(0);
      expect(result.stdout).to.contain('faxbridge');
    }
    expect(cli('port', 'set', '--help').stdout).to.contain('--no-receive').and.contain('--tsid');
  });

  it('an unknown command or option, or none at all, exits 2', function () {
    expect(cli('fax', 'everything').status).to.equal(2);
    const bogus = cli('port', 'list', '--bogus');
    expect([bogus.status, bogus.stdout], 'bad usage runs nothing').to.deep.equal([2, '']);
    expect(bogus.stderr).to.contain('Unknown argument: bogus');
    const none = cli();
    expect(none.status).to.equal(2);
    expect(none.stderr).to.contain('Name a command');
  });

  it('a missing fax library exits 1 and says what was looked for', function () {
    const result = runCli(['port', 'list'], sim.env({ FAXBRIDGE_LIBRARY: '/nonexistent/winfax.so' }));
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain(`${path.resolve('/nonexistent/winfax.so')} (from FAXBRIDGE_LIBRARY), which does not exist`);
  });

  it('--library names the library explicitly', function () {
    const result = cli('port', 'list', '--library', '/elsewhere/libfax.so');
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain(`${path.resolve('/elsewhere/libfax.so')} (given as the library path option)`);
  });

  it('simulator generate writes N ports that port list then shows', function () {
    const generated = cli('simulator', 'generate', '--ports', '250');
    expect(generated.status, generated.stderr).to.equal(0);
    const ports = JSON.parse(cli('port', 'list', '--json').stdout) as { priority: number }[];
    expect(ports).to.have.length(250);
    expect(new Set(ports.map((p) => p.priority)).size).to.equal(250);
    expect(cli('simulator', 'generate', '--ports', '0').status).to.equal(2);
  });

  it('simulator reset returns to the default state: modem lines, a virtual device, distinct priorities', function () {
    expect(cli('simulator', 'reset').status).to.equal(0);
    const ports = JSON.parse(cli('port', 'list', '--json').stdout) as { virtual: boolean; priority: number; tsid: string }[];
    expect(ports.length).to.be.greaterThan(2);
    expect(ports.filter((p) => p.virtual)).to.have.length.greaterThan(0);
    expect(ports.filter((p) => !p.virtual)).to.have.length.greaterThan(1);
    expect(new Set(ports.map((p) => p.priority)).size).to.equal(ports.length);
    expect(new Set(ports.map((p) => p.tsid)).size).to.equal(ports.length);
  });
});
