// The faxbridge command line: output, JSON, exit codes 0 / 1 (fax API error) / 2 (bad usage).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'chai';
import { CLI, jsonError, runCli } from '../helpers/cli.js';
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

  // npx and npm's bin links start the file itself through its shebang; on Windows npm's .cmd
  // shim calls node instead, so there the mode means nothing and the test is POSIX-only.
  if (process.platform !== 'win32') {
    it('the built bin runs as a program, the way npx faxbridge starts it', function () {
      const result = spawnSync(CLI, ['port', 'list', '--json'], { env: sim.env(), encoding: 'utf8', timeout: 30_000 });
      expect(result.error, 'the built bin could not be started').to.equal(undefined);
      expect(result.status, result.stderr).to.equal(0);
      expect(JSON.parse(result.stdout)).to.have.length(4);
    });
  }

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

  it('rejects a bad TSID with exit code 2, a message naming the option, and no change', function () {
    const before = sim.readState();
    const result = cli('port', 'set', '65537', '--tsid', 'x'.repeat(30));
    expect(result.status).to.equal(2);
    expect(result.stderr).to.match(/^faxbridge: Invalid --tsid: .*30 characters/);
    expect(result.stdout).to.equal('');
    expect(sim.readState()).to.equal(before);
  });

  it('rejects rings that are not a whole number, naming the option and the text typed', function () {
    const before = sim.readState();
    for (const typed of ['abc', '2.5', '0x10', '', '1e1']) {
      const result = cli('port', 'set', '65537', '--rings', typed);
      expect([result.status, result.stdout], `--rings '${typed}'`).to.deep.equal([2, '']);
      expect(result.stderr).to.equal(`faxbridge: --rings must be a whole number from 0 to 99, got '${typed}'\n`);
    }
    expect(sim.readState()).to.equal(before);
  });

  it('rejects out-of-range numbers with exit 2 and a JSON error naming the option and the field', function () {
    const before = sim.readState();
    const rings = cli('port', 'set', '65537', '--rings', '100', '--json');
    expect(rings.status).to.equal(2);
    expect(jsonError(rings)).to.include({ type: 'Validation', option: '--rings', field: 'rings' });
    const priority = cli('port', 'set', '65537', '--priority', '0', '--json');
    expect(jsonError(priority)).to.include({ option: '--priority', field: 'priority' });
    // The upper bound of a priority is the server's port count, known only once connected.
    const tooHigh = cli('port', 'set', '65537', '--priority', '5', '--json');
    expect(tooHigh.status).to.equal(2);
    expect(jsonError(tooHigh)).to.include({ option: '--priority', field: 'priority' });
    expect(jsonError(tooHigh)['message']).to.match(/^Invalid --priority: .*1 to 4 \(the number of ports on localhost\)/);
    expect(sim.readState()).to.equal(before);
  });

  it('refuses an option given twice, and contradictory switches, before running anything', function () {
    const before = sim.readState();
    const twice = cli('port', 'set', '65537', '--rings', '3', '--rings', '4');
    expect([twice.status, twice.stdout]).to.deep.equal([2, '']);
    expect(twice.stderr).to.contain('--rings was given twice; give it once');
    const spelledTwoWays = cli('port', 'set', '65537', '--tsid', 'A', '--tsid=B', '--json');
    expect(jsonError(spelledTwoWays)).to.include({ type: 'UsageError', message: '--tsid was given twice; give it once' });
    for (const [first, second] of [['--send', '--no-send'], ['--no-receive', '--receive']] as const) {
      const result = cli('port', 'set', '65537', first, second);
      expect([result.status, result.stdout], `${first} ${second}`).to.deep.equal([2, '']);
      expect(result.stderr).to.contain(`${first} and ${second} contradict each other`);
    }
    expect(sim.readState()).to.equal(before);
  });

  it('judges every value of a port change before any fax API call: a failing FaxConnectFaxServerW is never reached', function () {
    // FAXBRIDGE_SIM_FAULT arms the fault in the child process, on its first connection.
    const env = sim.env({ FAXBRIDGE_SIM_FAULT: 'FaxConnectFaxServerW:1:1722' });
    const refused = runCli(['port', 'set', '65537', '--tsid', 'x'.repeat(30), '--rings', '5', '--json'], env);
    expect(refused.status).to.equal(2);
    expect(jsonError(refused)).to.include({ type: 'Validation', option: '--tsid' });
    // The same fault does fire for a valid change, so the refusal above came before connecting.
    const valid = runCli(['port', 'set', '65537', '--rings', '5', '--json'], env);
    expect(valid.status).to.equal(1);
    expect(jsonError(valid)).to.include({ api: 'FaxConnectFaxServerW', win32Code: 1722 });
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

  it('an unreachable server exits 1 and names the API and the Win32 error', function () {
    const result = cli('port', 'list', '--server', 'NOWHERE');
    expect([result.status, result.stdout]).to.deep.equal([1, '']);
    expect(result.stderr).to.match(/^faxbridge: /).and.contain('FaxConnectFaxServerW').and.contain('RPC_S_SERVER_UNAVAILABLE (1722)');
    const json = cli('port', 'list', '--server', 'NOWHERE', '--json');
    expect(jsonError(json)).to.include({ type: 'ServerUnreachable', api: 'FaxConnectFaxServerW', win32Code: 1722, win32Name: 'RPC_S_SERVER_UNAVAILABLE' });
  });

  it('with --json, a fax API error is reported as JSON on stderr', function () {
    const result = cli('port', 'set', '65538', '--rings', '1', '--server', 'READONLY', '--json');
    expect(result.status).to.equal(1);
    const report = JSON.parse(result.stderr) as { error: Record<string, unknown> };
    expect(report.error).to.include({ type: 'AccessDenied', api: 'FaxOpenPort', win32Code: 5, win32Name: 'ERROR_ACCESS_DENIED' });
  });

  it('an unknown port name exits 1 with a message naming it', function () {
    const result = cli('port', 'get', 'Nonexistent modem');
    expect([result.status, result.stdout]).to.deep.equal([1, '']);
    expect(result.stderr).to.contain('"Nonexistent modem"').and.contain('localhost');
    expect(jsonError(cli('port', 'status', 'Nonexistent modem', '--json'))).to.include({ type: 'PortNotFound', server: 'localhost' });
  });

  const COMMANDS = [
    [], ['port'], ['port', 'list'], ['port', 'get'], ['port', 'status'], ['port', 'set'],
    ['routing'], ['routing', 'list'], ['routing', 'enable'], ['routing', 'disable'],
    ['server'], ['server', 'get'], ['server', 'set'],
    ['job'], ['job', 'list'], ['job', 'get'], ['job', 'pause'], ['job', 'resume'], ['job', 'restart'], ['job', 'cancel'], ['serve'], ['simulator'], ['simulator', 'reset'], ['simulator', 'generate'],
  ];

  it('--help works on every command, exits 0, and lists the server options only where they apply', function () {
    const serverOptions = ['--server', '--json', '--library', '--backend'];
    for (const command of COMMANDS) {
      const name = command.join(' ') || '(no command)';
      const result = cli(...command, '--help');
      expect(result.status, name).to.equal(0);
      expect(result.stdout.split('\n')[0], name).to.match(new RegExp(`^faxbridge ${command.join(' ')}`));
      const reachesServer = ['port', 'routing', 'server', 'job'].includes(command[0] ?? '');
      const listed = serverOptions.filter((option) => new RegExp(`^\\s+${option}\\b`, 'm').test(result.stdout));
      expect(listed, name).to.deep.equal(reachesServer ? serverOptions : command[0] === 'simulator' ? ['--json'] : []);
    }
    const refused = cli('simulator', 'reset', '--server', 'FAXSRV02');
    expect([refused.status, refused.stdout]).to.deep.equal([2, '']);
    expect(refused.stderr).to.contain('Unknown argument: server');
  });

  it('port set --help shows its settings', function () {
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

  it('simulator reset and generate write JSON with --json', function () {
    const generated = cli('simulator', 'generate', '--ports', '3', '--json');
    expect(generated.status, generated.stderr).to.equal(0);
    expect(JSON.parse(generated.stdout)).to.deep.equal({ stateFile: sim.stateFile, ports: 3, jobs: 0 });
    const reset = cli('simulator', 'reset', '--json');
    expect(reset.status, reset.stderr).to.equal(0);
    expect(JSON.parse(reset.stdout)).to.deep.equal({ stateFile: sim.stateFile, removed: true });
    expect(JSON.parse(cli('simulator', 'reset', '--json').stdout)).to.deep.equal({ stateFile: sim.stateFile, removed: false });
    const bad = cli('simulator', 'generate', '--ports', 'lots', '--json');
    expect(bad.status).to.equal(2);
    expect(jsonError(bad)).to.include({ option: '--ports', message: "--ports must be a whole number from 1 to 1000000, got 'lots'" });
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
