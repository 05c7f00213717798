// faxbridge server get | set: every configuration setting the core supports, text and JSON output,
// exit codes 0 / 1 / 2, and refused values that leave the simulator's state as it was.
import { expect } from 'chai';
import { jsonError, runCli } from '../helpers/cli.js';
import { useSimulator } from '../helpers/simulator.js';
import type { FaxServerConfiguration } from '../../src/core/model.js';
import { STAND_IN_ENV } from '../../src/comex/session.js';

describe('CLI: faxbridge server', function () {
  const sim = useSimulator();
  const cli = (...args: string[]) => runCli(args, sim.env());
  const configuration = (...args: string[]): FaxServerConfiguration =>
    JSON.parse(cli('server', 'get', ...args, '--json').stdout) as FaxServerConfiguration;

  it('server get prints every setting, labelled', function () {
    const result = cli('server', 'get');
    expect(result.status, result.stderr).to.equal(0);
    for (const line of [/^Server\s+: localhost$/, /^Retries\s+: 3$/, /^Retry delay \(minutes\)\s+: 10$/, /^Discount starts\s+: 20:00$/, /^Discount ends\s+: 07:00$/, /^Branding\s+: yes$/]) {
      expect(result.stdout).to.match(new RegExp(line.source, 'm'));
    }
    expect(result.stdout.trimEnd().split('\n')).to.have.length(12);
  });

  it('server get --json writes the configuration of the server named', function () {
    const local = configuration();
    expect(Object.keys(local)).to.have.members([
      'backend', 'server', 'retries', 'retryDelay', 'dirtyDays', 'branding', 'useDeviceTsid', 'serverCp', 'pauseServerQueue',
      'startCheapTime', 'stopCheapTime', 'archiveOutgoingFaxes', 'archiveDirectory',
    ]);
    expect(configuration('--server', 'FAXSRV02')).to.include({ server: 'FAXSRV02', backend: 'winfax' });
  });

  it('server set changes every setting it is given, and only those, persisted for the next process', function () {
    const before = configuration();
    const result = cli(
      'server', 'set', '--retries', '5', '--retry-delay', '15', '--dirty-days', '7', '--no-branding', '--no-use-device-tsid',
      '--server-cp', '--pause-server-queue', '--start-cheap-time', '21:30', '--stop-cheap-time', '6:05', '--archive-outgoing-faxes',
      '--archive-directory', 'D:\\Fax\\Sent', '--json',
    );
    expect(result.status, result.stderr).to.equal(0);
    const expected: FaxServerConfiguration = {
      ...before, retries: 5, retryDelay: 15, dirtyDays: 7, branding: false, useDeviceTsid: false, serverCp: true,
      pauseServerQueue: true, startCheapTime: '21:30', stopCheapTime: '06:05', archiveOutgoingFaxes: true, archiveDirectory: 'D:\\Fax\\Sent',
    };
    expect(JSON.parse(result.stdout)).to.deep.equal(expected);
    expect(configuration()).to.deep.equal(expected);

    const one = cli('server', 'set', '--retryDelay', '20', '--branding');
    expect(one.status, one.stderr).to.equal(0);
    expect(one.stdout).to.match(/^Updated the configuration of localhost:\n/).and.match(/^Retry delay \(minutes\)\s+: 20$/m);
    expect(configuration()).to.deep.equal({ ...expected, retryDelay: 20, branding: true });
  });

  it('refuses each bad value with exit 2, naming the option, and changes nothing', function () {
    const before = sim.readState();
    const cases: [string[], string, RegExp][] = [
      [['--retries', 'abc'], '--retries', /^--retries must be a whole number from 0 to 4294967295, got 'abc'$/],
      [['--retries', '-1'], '--retries', /got '-1'$/],
      [['--retry-delay', '1.5'], '--retry-delay', /got '1.5'$/],
      [['--dirty-days', '4294967296'], '--dirty-days', /got '4294967296'$/],
      [['--start-cheap-time', '24:00'], '--start-cheap-time', /^Invalid --start-cheap-time: .*"24:00"/],
      [['--stop-cheap-time', '7pm'], '--stop-cheap-time', /^Invalid --stop-cheap-time: .*"7pm"/],
      // A valid value beside a bad one is not written either.
      [['--retries', '9', '--stop-cheap-time', '7:5'], '--stop-cheap-time', /^Invalid --stop-cheap-time/],
    ];
    for (const [args, option, message] of cases) {
      const result = cli('server', 'set', ...args, '--json');
      expect([result.status, result.stdout], args.join(' ')).to.deep.equal([2, '']);
      const error = jsonError(result);
      expect(error, args.join(' ')).to.include({ type: 'ValidationError', option });
      expect(error['message'], args.join(' ')).to.match(message);
    }
    const text = cli('server', 'set', '--retries', 'many');
    expect(text.stderr).to.equal("faxbridge: --retries must be a whole number from 0 to 4294967295, got 'many'\n");
    expect(sim.readState()).to.equal(before);
  });

  it('judges every value before any fax API call: a failing FaxConnectFaxServerW is never reached', function () {
    const env = sim.env({ FAXBRIDGE_SIM_FAULT: 'FaxConnectFaxServerW:1:1722' });
    const refused = runCli(['server', 'set', '--start-cheap-time', 'noon', '--json'], env);
    expect(refused.status).to.equal(2);
    expect(jsonError(refused)).to.include({ option: '--start-cheap-time' });
    const valid = runCli(['server', 'set', '--start-cheap-time', '12:00', '--json'], env);
    expect(valid.status).to.equal(1);
    expect(jsonError(valid)).to.include({ api: 'FaxConnectFaxServerW', win32Code: 1722 });
  });

  it('nothing to change, a repeated option or contradictory switches exit 2 and change nothing', function () {
    const before = sim.readState();
    const nothing = cli('server', 'set');
    expect(nothing.status).to.equal(2);
    expect(nothing.stderr).to.contain('Nothing to change').and.contain('--archive-directory');
    expect(cli('server', 'set', '--retries', '3', '--retries', '4').stderr).to.contain('--retries was given twice');
    expect(cli('server', 'set', '--retry-delay', '3', '--retryDelay', '4').stderr).to.contain('--retryDelay was given twice');
    const contradiction = cli('server', 'set', '--pause-server-queue', '--no-pause-server-queue', '--json');
    expect(contradiction.status).to.equal(2);
    expect(jsonError(contradiction)).to.include({ type: 'UsageError' });
    expect(sim.readState()).to.equal(before);
  });

  it('a user without the right to change the configuration exits 1 with ERROR_ACCESS_DENIED, and changes nothing', function () {
    const before = sim.readState();
    const result = cli('server', 'set', '--retries', '1', '--server', 'READONLY', '--json');
    expect([result.status, result.stdout]).to.deep.equal([1, '']);
    expect(jsonError(result)).to.include({ type: 'FaxApiError', api: 'FaxSetConfigurationW', win32Code: 5, win32Name: 'ERROR_ACCESS_DENIED' });
    expect(sim.readState()).to.equal(before);
    const unreachable = cli('server', 'get', '--server', 'NOWHERE');
    expect(unreachable.status).to.equal(1);
    expect(unreachable.stderr).to.contain('FaxConnectFaxServerW').and.contain('RPC_S_SERVER_UNAVAILABLE');
  });

  it('server and routing go through FaxComEx with --backend comex (the stand-in off Windows), with its own limits', function () {
    const env = sim.env({ [STAND_IN_ENV]: '1' });
    const set = runCli(['server', 'set', '--retries', '6', '--backend', 'comex', '--json'], env);
    expect(set.status, set.stderr).to.equal(0);
    expect(JSON.parse(set.stdout)).to.include({ backend: 'comex', retries: 6 });
    const tooMany = runCli(['server', 'set', '--retries', '2147483648', '--backend', 'comex', '--json'], env);
    expect(tooMany.status).to.equal(2);
    expect(jsonError(tooMany)).to.include({ type: 'ValidationError', option: '--retries' });
    const routing = runCli(['routing', 'list', '65537', '--backend', 'comex', '--json'], env);
    expect(routing.status, routing.stderr).to.equal(0);
    expect((JSON.parse(routing.stdout) as { backend: string }[]).map((m) => m.backend)).to.deep.equal(['comex', 'comex', 'comex']);
  });
});
