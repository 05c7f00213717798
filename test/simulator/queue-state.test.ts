// The queue records of the state file: old files without them load, the default state carries the
// documented mix, both writers spell the records alike, malformed ones are named, and 10,000 jobs load.
import { rmSync, writeFileSync } from 'node:fs';
import { expect } from 'chai';
import { withSession } from '../../src/core/session.js';
import { FaxApiError } from '../../src/winfax/errors.js';
import { ERROR_INVALID_DATA } from '../../src/winfax/win32-errors.js';
import { generatedJobs, generatedPorts, serializeState, type SimServer } from '../../src/simulator-state/state-file.js';
import { useSimulator } from '../helpers/simulator.js';
import { standardServers } from '../helpers/fixtures.js';

const queueLines = (text: string): string[] => text.split('\n').filter((line) => line.startsWith('queue\t'));

describe('simulator state file: the job queue', function () {
  const sim = useSimulator();

  function loadFailure(): FaxApiError {
    try {
      withSession({ library: sim.library }, (s) => s.listJobs());
    } catch (error) {
      expect(error).to.be.instanceOf(FaxApiError);
      return error as FaxApiError;
    }
    throw new Error('expected the state file to be refused');
  }

  it('a state file written before the queue existed loads, with an empty queue and every right', function () {
    const old = standardServers().map(({ queue: _queue, ...server }): SimServer => server);
    writeFileSync(sim.stateFile, serializeState(old));
    expect(sim.readState()).not.to.match(/^queue\t/m);
    expect(withSession({ library: sim.library }, (s) => s.listJobs())).to.deep.equal([]);
    expect(withSession({ library: sim.library, server: 'FAXSRV02' }, (s) => s.getDeviceStatus({ deviceId: 131073 })).documentName).to.equal('Purchase order 4471');
  });

  it('the default state has the queue the test fixtures describe, and spells its records as the TypeScript writer does', function () {
    const fixtureLines = queueLines(serializeState(standardServers()));
    const fromFixtures = ['localhost', 'FAXSRV02'].map((server) => withSession({ library: sim.library, server }, (s) => s.listJobs()));
    rmSync(sim.stateFile);
    const fromDefault = ['localhost', 'FAXSRV02'].map((server) => withSession({ library: sim.library, server }, (s) => s.listJobs()));
    expect(fromDefault).to.deep.equal(fromFixtures);
    expect(queueLines(sim.readState())).to.deep.equal(fixtureLines);
    const statuses = fromDefault.flat().flatMap((job) => job.queueStatus);
    expect(statuses).to.include.members(['Pending', 'Paused', 'Retrying', 'RetriesExceeded', 'InProgress']);
    expect(fromDefault.flat().map((job) => job.type)).to.include.members(['Send', 'Receive', 'Routing']);
  });

  it('the simulator rewrites the queue records it did not change exactly as the TypeScript writer wrote them', function () {
    const written = queueLines(sim.readState());
    withSession({ library: sim.library }, (s) => s.setJob(1001, 'pause'));
    const rewritten = queueLines(sim.readState());
    expect(rewritten.filter((line) => !line.startsWith('queue\t1001\t'))).to.deep.equal(written.filter((line) => !line.startsWith('queue\t1001\t')));
    expect(rewritten.find((line) => line.startsWith('queue\t1001\t'))).to.equal(written[0]?.replace('\tPENDING\t', '\tPAUSED\t'));
  });

  for (const [what, edit, reason] of [
    ['a record with a field too few', (t: string) => t.replace(/\tQuote request 2231$/m, ''), /a queue record holds 20 fields \(jobId ... documentName\); got 19/],
    ['an unknown queue status', (t: string) => t.replace('\tPAUSED\t', '\tSLEEPING\t'), /queue: queueStatus must be PENDING or a comma-separated list of INPROGRESS, DELETING/],
    ['job id 0', (t: string) => t.replace('queue\t1001\t', 'queue\t0\t'), /queue: jobId must be a whole number from 1 to 4294967295, got "0"/],
    ['a job type outside JT_*', (t: string) => t.replace('queue\t1001\t0\t1\t', 'queue\t1001\t0\t9\t'), /queue: jobType must be 1 \(send\), 2 \(receive\), 3 \(routing\) or 4/],
    ['a device for a job not in progress', (t: string) => t.replace('queue\t1001\t0\t', 'queue\t1001\t65537\t'), /queue: job 1001 names device 65537 but is not INPROGRESS/],
    ['a device the server does not have', (t: string) => t.replace('queue\t2001\t131073\t', 'queue\t2001\t131099\t'), /server FAXSRV02: queue job 2001 runs on device 131099, which has no port record/],
    ['a job id twice on one server', (t: string) => t.replace('queue\t1002\t', 'queue\t1001\t'), /server local has two queue records with job id 1001; job ids are unique on a server/],
  ] as const) {
    it(`names ${what} and refuses the file with ERROR_INVALID_DATA`, function () {
      writeFileSync(sim.stateFile, edit(sim.readState()));
      const error = loadFailure();
      expect(error.win32Code).to.equal(ERROR_INVALID_DATA);
      expect(error.diagnostic).to.match(reason);
    });
  }

  it('the same job id on two servers is two jobs', function () {
    writeFileSync(sim.stateFile, sim.readState().replace('queue\t2002\t', 'queue\t1001\t'));
    expect(withSession({ library: sim.library, server: 'FAXSRV02' }, (s) => s.getJob(1001)).documentName).to.equal('Shipping schedule');
  });

  it('a generated state with 10,000 jobs lists, reads and changes them', function () {
    writeFileSync(sim.stateFile, serializeState([{ name: 'local', ports: generatedPorts(4), queue: generatedJobs(10_000) }]));
    const jobs = withSession({ library: sim.library }, (s) => s.listJobs());
    expect(jobs).to.have.length(10_000);
    expect(new Set(jobs.map((j) => j.id)).size).to.equal(10_000);
    expect(new Set(jobs.flatMap((j) => j.queueStatus))).to.deep.equal(new Set(['Pending', 'Paused', 'Retrying', 'RetriesExceeded', 'NoLine']));
    expect(withSession({ library: sim.library }, (s) => s.setJob(10_000, 'delete'))).to.equal(null);
    expect(withSession({ library: sim.library }, (s) => s.listJobs())).to.have.length(9_999);
  });
});
