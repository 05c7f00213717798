// The fax queue through FaxComEx for real through edge-js: the bridge's GetJobs, job methods and
// Refresh against the managed stand-in's queues. Each test that changes a queue uses its own
// stand-in server, since the stand-in's state lives as long as this process.
import { expect } from 'chai';
import { ComExSession } from '../../src/comex/session.js';
import { FaxApiError } from '../../src/winfax/errors.js';
import { JobNotFoundError, JobStateError, ValidationError } from '../../src/core/errors.js';
import { runCli } from '../helpers/cli.js';
import { rejection, standIn } from '../helpers/comex.js';


describe('FaxComEx queue through edge-js (managed stand-in for the COM objects)', function () {
  this.timeout(60_000);

  it('lists both queues, outgoing then incoming, with the low 32 bits of the FaxComEx id as id', async function () {
    const jobs = await new ComExSession(undefined, standIn).listJobs();
    expect(jobs.map((j) => [j.id, j.comExId, j.type, j.queueStatus])).to.deep.equal([
      [0x8a3, '20000000008a3', 'Send', ['Pending']],
      [0x8a4, '20000000008a4', 'Send', ['Paused']],
      [0x8a5, '20000000008a5', 'Send', ['Retrying']],
      [0x8a6, '20000000008a6', 'Send', ['RetriesExceeded']],
      [0x8a7, '30000000008a7', 'Routing', ['InProgress']],
    ]);
    expect(jobs[0]).to.include({
      backend: 'comex', server: 'localhost', recipientName: 'Northwind Traders', recipientNumber: '+1 206 555 0110', senderCompany: 'Contoso',
      documentName: 'Q3 price list', pageCount: 3, deliveryReportType: 'Inbox', submittedTime: '2026-03-01T08:00:00.000Z', schedule: 'Now', deviceName: null,
    });
    expect(jobs.map((j) => j.availableOperations.filter((o) => ['Pause', 'Resume', 'Restart', 'Delete'].includes(o)))).to.deep.equal([
      ['Pause', 'Delete'], ['Resume', 'Delete'], ['Pause', 'Delete'], ['Restart', 'Delete'], ['Delete'],
    ]);
  });

  it('gets one job by id, naming the device that handles it', async function () {
    const job = await new ComExSession('\\\\FAXSRV02', standIn).getJob(0x4d1);
    expect(job).to.include({ id: 0x4d1, comExId: '10000000004d1', type: 'Receive', deviceName: 'Brooktrout TR1034 Line 1', deviceState: 'Receiving' });
    expect(job.queueStatus).to.deep.equal(['InProgress']);
  });

  it('pauses and resumes a job, and restarts a failed one with a fresh round of tries (Restart is not Resume)', async function () {
    const session = new ComExSession('QUEUESRV', standIn);
    const paused = await session.setJob(0x101, 'pause');
    expect(paused?.queueStatus).to.deep.equal(['Paused']);
    expect(paused?.availableOperations).to.include('Resume').and.not.include('Pause');
    expect((await session.getJob(0x101)).queueStatus).to.deep.equal(['Paused']);
    expect((await session.setJob(0x101, 'resume'))?.queueStatus).to.deep.equal(['Pending']);
    expect((await session.setJob(0x105, 'pause'))?.queueStatus).to.deep.equal(['Paused', 'Retrying']);
    expect((await session.setJob(0x105, 'resume'))?.queueStatus).to.deep.equal(['Retrying']);
    const restarted = await session.setJob(0x103, 'restart');
    expect(restarted?.queueStatus).to.deep.equal(['Pending']);
    // FaxOutgoingJob.Resume does not send a failed job again, and Restart does not lift a pause.
    const resumeFailed = await rejection(new ComExSession(undefined, standIn).setJob(0x8a6, 'resume'));
    expect(resumeFailed).to.be.instanceOf(JobStateError).and.include({ jobId: 0x8a6, command: 'resume' });
    expect(resumeFailed.message).to.contain('(Send, RetriesExceeded)');
    const restartPaused = await rejection(session.setJob(0x102, 'restart'));
    expect(restartPaused).to.be.instanceOf(JobStateError).and.include({ jobId: 0x102, command: 'restart' });
    expect(restartPaused.message).to.equal(
      'Fax job 258 on QUEUESRV (Send, Paused) cannot be restarted: FaxComEx allows only View, Resume, Delete, RecipientInfo, SenderInfo in this state.',
    );
  });

  it('cancels: a queued job leaves the queue (null), one on the line goes through Deleting', async function () {
    const session = new ComExSession('QUEUESRV', standIn);
    expect(await session.setJob(0x106, 'delete')).to.equal(null);
    const onLine = await session.setJob(0x104, 'delete');
    expect(onLine).to.include({ id: 0x104, deviceName: 'Queue line' });
    expect(onLine?.queueStatus).to.deep.equal(['Deleting']);
    expect(onLine?.availableOperations).to.deep.equal(['View']);
    expect((await session.listJobs()).map((j) => j.id)).to.not.include(0x106);
  });

  it('an id no job has is JobNotFoundError naming it; a job whose state refuses the command is JobStateError naming the state', async function () {
    const session = new ComExSession('QUEUESRV', standIn);
    const missing = await rejection(session.getJob(4242));
    expect(missing).to.be.instanceOf(JobNotFoundError).and.include({ jobId: 4242, server: 'QUEUESRV' });
    expect(missing.message).to.match(/^No fax job with id 4242 on QUEUESRV/);
    expect(await rejection(session.setJob(4242, 'pause'))).to.be.instanceOf(JobNotFoundError);
    const state = await rejection(session.setJob(0x102, 'pause'));
    expect(state).to.be.instanceOf(JobStateError).and.include({ jobId: 0x102, command: 'pause' });
    expect((state as JobStateError).queueStatus).to.deep.equal(['Paused']);
    const incoming = await rejection(new ComExSession(undefined, standIn).setJob(0x8a7, 'pause'));
    expect(incoming).to.be.instanceOf(JobStateError);
    expect(incoming.message).to.contain('(Routing, InProgress)');
  });

  it('validates the id before calling, and refuses two FaxComEx jobs that share the low 32 bits by their full ids', async function () {
    const session = new ComExSession('JOBCLASH', standIn);
    expect(await rejection(session.getJob(0))).to.be.instanceOf(ValidationError);
    expect(await rejection(session.setJob(1, 'stop' as 'pause'))).to.be.instanceOf(ValidationError);
    expect((await session.listJobs()).map((j) => [j.id, j.comExId])).to.deep.equal([[255, '10000000000ff'], [255, '20000000000ff']]);
    const clash = await rejection(session.setJob(255, 'delete'));
    expect(clash).to.be.instanceOf(ValidationError);
    expect(clash.message).to.contain('10000000000ff').and.contain('20000000000ff');
    expect(await session.listJobs()).to.have.length(2);
  });

  it('a user without the right to manage jobs gets ERROR_ACCESS_DENIED from the job method that refused', async function () {
    const denied = await rejection(new ComExSession('READONLY', standIn).setJob(0x201, 'delete'));
    expect(denied).to.be.instanceOf(FaxApiError).and.include({ api: 'FaxOutgoingJob.Cancel', win32Name: 'ERROR_ACCESS_DENIED' });
    expect((await new ComExSession('READONLY', standIn).getJob(0x201)).queueStatus).to.deep.equal(['Pending']);
  });

  it('faxbridge job list and pause --backend comex work with the stand-in', function () {
    const env = { ...process.env, ...standIn };
    const listed = runCli(['job', 'list', '--backend', 'comex', '--server', 'FAXSRV02', '--json'], env);
    expect(listed.status, listed.stderr).to.equal(0);
    expect((JSON.parse(listed.stdout) as { id: number; comExId: string }[]).map((j) => [j.id, j.comExId])).to.deep.equal([[0x4d1, '10000000004d1']]);
    const refused = runCli(['job', 'pause', String(0x4d1), '--backend', 'comex', '--server', 'FAXSRV02'], env);
    expect(refused.status).to.equal(1);
    expect(refused.stderr).to.contain('Fax job 1233 on FAXSRV02 (Receive, InProgress) cannot be paused');
  });
});
