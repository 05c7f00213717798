// The core's job queue: listJobs, getJob, setJob and abortJob decode plainly, change the queue as
// the service does, persist, and say which job on which server a refusal concerns.
import { expect } from 'chai';
import { withSession, type FaxServerSession } from '../../src/core/session.js';
import { FaxApiError, JobNotFoundError, JobStateError, ValidationError } from '../../src/core/errors.js';
import type { FaxJob } from '../../src/core/model.js';
import { useSimulator } from '../helpers/simulator.js';
import { jobServers } from '../helpers/fixtures.js';

describe('core: the fax job queue', function () {
  const sim = useSimulator(jobServers);

  function on<T>(server: string | undefined, use: (session: FaxServerSession) => T): T {
    return withSession({ library: sim.library, server }, use);
  }

  function thrown(server: string | undefined, use: (session: FaxServerSession) => unknown): Error {
    try {
      on(server, use);
    } catch (error) {
      expect(error).to.be.instanceOf(Error);
      return error as Error;
    }
    throw new Error('expected the call to fail');
  }

  const statusOf = (server: string | undefined, jobId: number): readonly string[] => on(server, (s) => s.getJob(jobId).queueStatus);

  it('listJobs decodes every job of the queue: type, queue status names, schedule and delivery report', function () {
    const jobs = on(undefined, (s) => s.listJobs());
    expect(jobs.map((j) => [j.id, j.type, j.queueStatus, j.schedule, j.deliveryReportType])).to.deep.equal([
      [1001, 'Send', ['Pending'], 'DiscountPeriod', 'None'],
      [1002, 'Send', ['Paused'], 'Now', 'Email'],
      [1003, 'Send', ['Retrying'], 'Now', 'Inbox'],
      [1004, 'Send', ['RetriesExceeded'], 'Now', 'None'],
      [1005, 'Routing', ['InProgress'], 'Now', 'None'],
    ]);
    expect(jobs.every((j) => j.backend === 'winfax' && j.server === 'localhost' && j.deviceState === null)).to.equal(true);
  });

  it('getJob decodes every field of FAX_JOB_ENTRYW, the schedule time as an ISO date', function () {
    const expected: FaxJob = {
      backend: 'winfax', server: 'FAXSRV02', id: 2002, type: 'Send', typeCode: 1, queueStatus: ['Pending'], queueStatusCode: 0,
      deviceState: null, deviceStateCode: 0, userName: 'CONTOSO\\faxadmin', recipientNumber: '+49 30 555 0110', recipientName: 'Adatum GmbH',
      tsid: '+44 20 7946 0002', senderName: 'Fax Desk', senderCompany: 'Contoso UK', senderDepartment: 'Operations', billingCode: '',
      documentName: 'Shipping schedule', size: 9876, pageCount: 1, schedule: 'SpecificTime', scheduleTime: '2026-03-01T17:00:00.000Z',
      deliveryReportType: 'None', deliveryReportAddress: '', deviceName: null, submittedTime: null,
    };
    expect(on('FAXSRV02', (s) => s.getJob(2002))).to.deep.equal(expected);
  });

  it('a job on a device carries that device\'s state, as the device status reports it', function () {
    const job = on('FAXSRV02', (s) => s.getJob(2001));
    const device = on('FAXSRV02', (s) => s.getDeviceStatus({ deviceId: 131073 }));
    expect([job.type, job.queueStatus, job.deviceState]).to.deep.equal(['Receive', ['InProgress'], 'Receiving']);
    expect([device.status, device.jobType, device.documentName, device.totalPages]).to.deep.equal(['Receiving', 'Receive', job.documentName, job.pageCount]);
    const sending = on('JOBSRV', (s) => s.getDeviceStatus({ deviceId: 300001 }));
    expect([sending.status, sending.jobType, sending.documentName, sending.phoneNumber]).to.deep.equal(['Sending', 'Send', 'Invoice 5521', '+1 555 0100']);
  });

  it('an unknown job id is a JobNotFoundError naming the id and the server, for every job operation', function () {
    for (const use of [
      (s: FaxServerSession) => s.getJob(4242),
      (s: FaxServerSession) => s.setJob(4242, 'pause'),
      (s: FaxServerSession) => s.abortJob(4242),
    ]) {
      const error = thrown('FAXSRV02', use);
      expect(error).to.be.instanceOf(JobNotFoundError).and.instanceOf(FaxApiError);
      expect(error).to.include({ jobId: 4242, server: 'FAXSRV02', win32Code: 87 });
      expect(error.message).to.match(/^No fax job with id 4242 on FAXSRV02; it may have finished or been deleted since it was listed\. \(Fax(GetJobW|Abort) failed: ERROR_INVALID_PARAMETER \(87\)/);
    }
  });

  it('pause then resume a queued job; the change persists for a new session and in the state file', function () {
    expect(on(undefined, (s) => s.setJob(1001, 'pause'))?.queueStatus).to.deep.equal(['Paused']);
    expect(statusOf(undefined, 1001), 'a new session').to.deep.equal(['Paused']);
    expect(sim.readState()).to.match(/^queue\t1001\t0\t1\tPAUSED\t/m);
    expect(on(undefined, (s) => s.setJob(1001, 'resume'))?.queueStatus).to.deep.equal(['Pending']);
    expect(statusOf(undefined, 1001)).to.deep.equal(['Pending']);
  });

  it('resume and restart (the same call in this API) requeue a failed job', function () {
    expect(on(undefined, (s) => s.setJob(1004, 'restart'))?.queueStatus).to.deep.equal(['Pending']);
    expect(on(undefined, (s) => s.setJob(1002, 'resume'))?.queueStatus).to.deep.equal(['Pending']);
    expect(on(undefined, (s) => s.setJob(1003, 'pause'))?.queueStatus, 'a paused retry').to.deep.equal(['Paused', 'Retrying']);
    expect(on(undefined, (s) => s.setJob(1003, 'resume'))?.queueStatus, 'resumed, it keeps retrying').to.deep.equal(['Retrying']);
    expect(on(undefined, (s) => s.setJob(1003, 'restart'))?.queueStatus, 'restarted, it goes again now').to.deep.equal(['Pending']);
  });

  it('pausing an active job pauses it once it returns to the queue', function () {
    const active = on('JOBSRV', (s) => s.setJob(3001, 'pause'));
    expect([active?.queueStatus, active?.deviceState]).to.deep.equal([['InProgress'], 'Sending']);
    sim.controls.returnJobToQueue('JOBSRV', 3001);
    const returned = on('JOBSRV', (s) => s.getJob(3001));
    expect([returned.queueStatus, returned.deviceState]).to.deep.equal([['Paused', 'Retrying'], null]);
    expect(on('JOBSRV', (s) => s.getPort({ deviceId: 300001 })).state, 'the line is free again').to.equal('Available');
  });

  it('deleting a queued job removes it; deleting an active one leaves it Deleting until its device lets go', function () {
    expect(on('JOBSRV', (s) => s.setJob(3002, 'delete'))).to.equal(null);
    expect(thrown('JOBSRV', (s) => s.getJob(3002))).to.be.instanceOf(JobNotFoundError);
    const deleting = on('JOBSRV', (s) => s.setJob(3001, 'delete'));
    expect([deleting?.queueStatus, deleting?.deviceState]).to.deep.equal([['InProgress', 'Deleting'], 'Aborting']);
    expect(statusOf('JOBSRV', 3001), 'a new session').to.deep.equal(['InProgress', 'Deleting']);
    sim.controls.returnJobToQueue('JOBSRV', 3001);
    expect(on('JOBSRV', (s) => s.listJobs())).to.deep.equal([]);
  });

  it('abortJob terminates a job as delete does', function () {
    expect(on(undefined, (s) => s.abortJob(1003))).to.equal(null);
    expect(on(undefined, (s) => s.abortJob(1005))?.queueStatus, 'a fax being routed').to.deep.equal(['InProgress', 'Deleting']);
    expect(on(undefined, (s) => s.listJobs()).map((j) => j.id)).to.deep.equal([1001, 1002, 1004, 1005]);
  });

  it('a job not in a state for the command is a JobStateError naming the job and its state, and FaxSetJobW is not called', function () {
    const before = sim.readState();
    for (const [server, jobId, command, message] of [
      [undefined, 1002, 'pause', 'Fax job 1002 on localhost (Send, Paused) cannot be paused: it is already paused.'],
      [undefined, 1001, 'resume', 'Fax job 1001 on localhost (Send, Pending) cannot be resumed: only a paused, failed or retrying job can be resumed.'],
      [undefined, 1004, 'pause', 'Fax job 1004 on localhost (Send, RetriesExceeded) cannot be paused: it has failed; resume or restart it to send it again.'],
      ['FAXSRV02', 2001, 'pause', 'Fax job 2001 on FAXSRV02 (Receive, InProgress) cannot be paused: only outgoing faxes can be paused or resumed; an incoming one can only be deleted.'],
    ] as const) {
      sim.controls.injectFault('FaxSetJobW', 1, 1726);
      const error = thrown(server, (s) => s.setJob(jobId, command));
      sim.controls.clearFaults();
      expect(error).to.be.instanceOf(JobStateError);
      expect(error.message).to.equal(message);
      expect(error).to.include({ jobId, command });
    }
    expect(sim.readState()).to.equal(before);
  });

  it('a refusal only the server can judge is a JobStateError too, with the API and its code', function () {
    // Resuming an active job is allowed when a pause is pending on it, which only the server knows.
    const error = thrown('JOBSRV', (s) => s.setJob(3001, 'resume'));
    expect(error).to.be.instanceOf(JobStateError);
    expect(error.message).to.equal(
      'Fax job 3001 on JOBSRV (Send, InProgress) cannot be resumed: the server refused it in this state. (FaxSetJobW failed: ERROR_INVALID_OPERATION (4317))',
    );
    on('JOBSRV', (s) => s.setJob(3001, 'pause'));
    expect(on('JOBSRV', (s) => s.setJob(3001, 'resume'))?.queueStatus, 'the pending pause withdrawn').to.deep.equal(['InProgress']);
    sim.controls.returnJobToQueue('JOBSRV', 3001);
    expect(statusOf('JOBSRV', 3001)).to.deep.equal(['Retrying']);
  });

  it('a bad job id or command is a ValidationError before any job call', function () {
    sim.controls.injectFault('FaxGetJobW', 1, 1726);
    sim.controls.injectFault('FaxAbort', 1, 1726);
    for (const jobId of [0, -1, 1.5, 2 ** 32, Number.NaN, '1001', null]) {
      for (const use of [
        (s: FaxServerSession) => s.getJob(jobId as number),
        (s: FaxServerSession) => s.setJob(jobId as number, 'pause'),
        (s: FaxServerSession) => s.abortJob(jobId as number),
      ]) {
        const error = thrown(undefined, use);
        expect(error, String(jobId)).to.be.instanceOf(ValidationError);
        expect(error).to.include({ field: 'jobId' });
      }
    }
    for (const command of ['stop', 'Pause', '', 2, null, undefined]) {
      const error = thrown(undefined, (s) => s.setJob(1001, command as 'pause'));
      expect(error, String(command)).to.be.instanceOf(ValidationError);
      expect(error).to.include({ field: 'command' });
      expect(error.message).to.match(/^Invalid command: expected one of pause, resume, restart, delete/);
    }
  });

  it('a missing right names the right, the job and the server', function () {
    const list = thrown('READONLY', (s) => s.listJobs());
    expect(list.message).to.equal(
      'Listing the fax queue of READONLY was refused: the account lacks the FAX_JOB_QUERY right. (FaxEnumJobsW failed: ERROR_ACCESS_DENIED (5): Access is denied.)',
    );
    expect(thrown('MANAGEONLY', (s) => s.setJob(5001, 'pause')).message).to.match(
      /^Reading fax job 5001 on MANAGEONLY was refused: the account lacks the FAX_JOB_QUERY right\. \(FaxGetJobW failed: ERROR_ACCESS_DENIED/,
    );
    const change = thrown('QUERYONLY', (s) => s.setJob(4001, 'pause'));
    expect(change).to.be.instanceOf(FaxApiError);
    expect(change).to.include({ api: 'FaxSetJobW', win32Code: 5, server: 'QUERYONLY', jobId: 4001 });
    expect(change.message).to.match(/^Changing fax job 4001 on QUERYONLY was refused: the account lacks the FAX_JOB_MANAGE right\. /);
    expect(thrown('QUERYONLY', (s) => s.abortJob(4001)).message).to.match(/^Changing fax job 4001 on QUERYONLY was refused/);
  });
});
