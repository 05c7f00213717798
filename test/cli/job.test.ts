// faxbridge job list | get | pause | resume | restart | cancel: text and JSON output, the port
// commands' exit codes (0 done, 1 the server refused or has no such job, 2 bad usage), and a
// refused command that leaves the queue as it was.
import { expect } from 'chai';
import { jsonError, runCli } from '../helpers/cli.js';
import { jobServers } from '../helpers/fixtures.js';
import { useSimulator } from '../helpers/simulator.js';

interface Job {
  id: number;
  server: string;
  type: string;
  queueStatus: string[];
}

describe('CLI: faxbridge job', function () {
  const sim = useSimulator(jobServers);
  const cli = (...args: string[]) => runCli(args, sim.env());
  const jobs = (...args: string[]): Job[] => JSON.parse(cli('job', 'list', ...args, '--json').stdout) as Job[];

  it('job list prints the queue as a table, outgoing and incoming; an empty queue says so', function () {
    const result = cli('job', 'list', '--server', 'FAXSRV02');
    expect(result.status, result.stderr).to.equal(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).to.match(/^\s*ID\s+TYPE\s+QUEUE STATUS\s+USER\s+RECIPIENT\s+PAGES\s+SCHEDULE\s+DOCUMENT$/);
    expect(lines).to.have.length(2 + 2);
    expect(lines.find((line) => /^\s*2001\s/.test(line))).to.match(/Receive\s+InProgress\s+CONTOSO\\faxsvc/);
    expect(lines.find((line) => /^\s*2002\s/.test(line))).to.match(/Send\s+Pending\s+CONTOSO\\faxadmin\s+Adatum GmbH\s+1\s+SpecificTime 2026-03-01T17:00:00.000Z\s+Shipping schedule$/);
    const empty = cli('job', 'list', '--server', 'NOQUEUE');
    expect([empty.status, empty.stdout]).to.deep.equal([0, 'The fax queue of NOQUEUE is empty.\n']);
  });

  it('job list and get --json write the jobs with their id, server and backend', function () {
    expect(jobs().map((j) => [j.id, j.queueStatus])).to.deep.equal([
      [1001, ['Pending']], [1002, ['Paused']], [1003, ['Retrying']], [1004, ['RetriesExceeded']], [1005, ['InProgress']],
    ]);
    const got = cli('job', 'get', '2002', '--server', 'FAXSRV02', '--json');
    expect(got.status, got.stderr).to.equal(0);
    expect(JSON.parse(got.stdout)).to.include({ id: 2002, server: 'FAXSRV02', backend: 'winfax', documentName: 'Shipping schedule', recipientName: 'Adatum GmbH' });
    const text = cli('job', 'get', '1003');
    expect(text.stdout).to.match(/^Server\s+: localhost\nJob ID\s+: 1003\nType\s+: Send\nQueue status\s+: Retrying\n/);
  });

  it('pause, resume, restart and cancel change the queue for the next process', function () {
    const paused = cli('job', 'pause', '1001');
    expect(paused.status, paused.stderr).to.equal(0);
    expect(paused.stdout).to.match(/^Paused job 1001 on localhost:\n/).and.match(/Queue status\s+: Paused\n/);
    expect(JSON.parse(cli('job', 'resume', '1002', '--json').stdout)).to.include({ id: 1002 }).and.have.property('queueStatus').that.deep.equals(['Pending']);
    expect(JSON.parse(cli('job', 'restart', '1004', '--json').stdout)).to.have.property('queueStatus').that.deep.equals(['Pending']);
    const cancelled = cli('job', 'cancel', '1003');
    expect([cancelled.status, cancelled.stdout]).to.deep.equal([0, 'Cancelled job 1003 on localhost; it has left the queue.\n']);
    expect(cli('job', 'cancel', '1001', '--json').stdout).to.equal('null\n');
    expect(jobs().map((j) => [j.id, j.queueStatus])).to.deep.equal([[1002, ['Pending']], [1004, ['Pending']], [1005, ['InProgress']]]);
  });

  it('an unknown job exits 1 as JobNotFound naming the id and server; a job in the wrong state exits 1 as JobState naming its state', function () {
    const missing = cli('job', 'cancel', '4242', '--server', 'FAXSRV02', '--json');
    expect([missing.status, missing.stdout]).to.deep.equal([1, '']);
    expect(jsonError(missing)).to.include({ type: 'JobNotFound', jobId: 4242, server: 'FAXSRV02', win32Name: 'ERROR_INVALID_PARAMETER' });
    const before = sim.readState();
    const paused = cli('job', 'pause', '1002');
    expect([paused.status, paused.stdout]).to.deep.equal([1, '']);
    expect(paused.stderr).to.equal('faxbridge: Fax job 1002 on localhost (Send, Paused) cannot be paused: it is already paused.\n');
    expect(jsonError(cli('job', 'resume', '1001', '--json'))).to.deep.include({ type: 'JobState', jobId: 1001, command: 'resume', queueStatus: ['Pending'] });
    expect(sim.readState()).to.equal(before);
  });

  it('a right withheld exits 1 as AccessDenied', function () {
    expect(jsonError(cli('job', 'list', '--server', 'MANAGEONLY', '--json'))).to.include({ type: 'AccessDenied', api: 'FaxEnumJobsW' });
    const refused = cli('job', 'cancel', '4001', '--server', 'QUERYONLY', '--json');
    expect(refused.status).to.equal(1);
    expect(jsonError(refused)).to.include({ type: 'AccessDenied', api: 'FaxSetJobW' });
  });

  it('a job id that is not a whole number from 1 exits 2 naming <id>, before connecting; a missing one or command too', function () {
    const env = sim.env({ FAXBRIDGE_SIM_FAULT: 'FaxConnectFaxServerW:1:1722' });
    for (const id of ['0', '-5', '1.5', 'abc', '4294967296']) {
      const result = runCli(['job', 'cancel', id, '--json'], env);
      expect([result.status, result.stdout], id).to.deep.equal([2, '']);
      expect(jsonError(result), id).to.include({ type: 'Validation', option: '<id>' });
    }
    expect(cli('job', 'get').status).to.equal(2);
    const none = cli('job');
    expect(none.status).to.equal(2);
    expect(none.stderr).to.contain('Name a job command');
  });

  it('simulator generate --jobs writes a queue of N jobs that job list then shows', function () {
    const generated = cli('simulator', 'generate', '--jobs', '300', '--json');
    expect(generated.status, generated.stderr).to.equal(0);
    expect(JSON.parse(generated.stdout)).to.deep.equal({ stateFile: sim.stateFile, ports: 2, jobs: 300 });
    const list = jobs();
    expect(list).to.have.length(300);
    expect(new Set(list.map((j) => j.id)).size).to.equal(300);
    expect(list.some((j) => j.queueStatus.includes('Retrying'))).to.equal(true);
    expect(cli('simulator', 'generate', '--jobs', '-1').status).to.equal(2);
    const neither = cli('simulator', 'generate');
    expect(neither.status).to.equal(2);
    expect(neither.stderr).to.contain('give --ports, --jobs or both');
  });
});
