// The job queue through `faxbridge serve`, as the PowerShell module and scripts reach it: the
// table's job methods, their errors with what they concern, and PowerShell's names on the way out.
import { expect } from 'chai';
import { SidecarClient } from '../helpers/sidecar.js';
import { useSimulator } from '../helpers/simulator.js';
import { jobServers } from '../helpers/fixtures.js';

describe('sidecar protocol: the job queue', function () {
  const sim = useSimulator(jobServers);
  let sidecar: SidecarClient;

  beforeEach(function () {
    sidecar = new SidecarClient(sim.env());
  });

  afterEach(async function () {
    await sidecar.stop();
  });

  it('lists and gets jobs; pause, resume, restart and cancel change the queue for a new sidecar', async function () {
    const jobs = await sidecar.operation('job.list', {});
    expect(jobs.map((j) => [j.id, j.queueStatus])).to.deep.equal([
      [1001, ['Pending']], [1002, ['Paused']], [1003, ['Retrying']], [1004, ['RetriesExceeded']], [1005, ['InProgress']],
    ]);
    expect(await sidecar.operation('job.get', { server: 'FAXSRV02', id: 2002 })).to.include({ id: 2002, server: 'FAXSRV02', documentName: 'Shipping schedule' });
    expect((await sidecar.operation('job.pause', { id: 1001 }))?.queueStatus).to.deep.equal(['Paused']);
    expect((await sidecar.operation('job.resume', { id: 1002 }))?.queueStatus).to.deep.equal(['Pending']);
    expect((await sidecar.operation('job.restart', { id: 1004 }))?.queueStatus).to.deep.equal(['Pending']);
    expect(await sidecar.operation('job.cancel', { id: 1003 })).to.equal(null);
    expect(await sidecar.stop()).to.equal(0);

    sidecar = new SidecarClient(sim.env());
    const after = await sidecar.operation('job.list', {});
    expect(after.map((j) => [j.id, j.queueStatus])).to.deep.equal([[1001, ['Paused']], [1002, ['Pending']], [1004, ['Pending']], [1005, ['InProgress']]]);
  });

  it('under PowerShell names a job has Id, the property the job cmdlets take from the pipeline', async function () {
    await sidecar.call('handshake', { naming: 'powershell' });
    const { result } = await sidecar.call('job.get', { id: 1003 });
    expect(result).to.include({ Id: 1003, ComputerName: 'localhost', Backend: 'WinFax', Type: 'Send' });
    expect(result).to.have.property('QueueStatus').that.deep.equals(['Retrying']);
    expect(result).not.to.have.property('JobId');
  });

  it('an unknown job is JobNotFound (-32002) naming the id and server; a job in the wrong state is JobState with its state', async function () {
    const missing = await sidecar.call('job.pause', { server: 'FAXSRV02', id: 4242 });
    expect(missing.error?.code).to.equal(-32002);
    expect(missing.error?.data).to.include({ type: 'JobNotFound', jobId: 4242, server: 'FAXSRV02', win32Name: 'ERROR_INVALID_PARAMETER' });
    expect(missing.error?.message).to.match(/^No fax job with id 4242 on FAXSRV02;/);

    const paused = await sidecar.call('job.pause', { id: 1002 });
    expect(paused.error?.code).to.equal(-32000);
    expect(paused.error?.data).to.deep.include({ type: 'JobState', jobId: 1002, command: 'pause', queueStatus: ['Paused'], server: 'localhost' });
    expect(paused.error?.message).to.equal('Fax job 1002 on localhost (Send, Paused) cannot be paused: it is already paused.');
    expect((await sidecar.operation('job.get', { id: 1002 })).queueStatus, 'unchanged').to.deep.equal(['Paused']);
  });

  it('a right withheld is AccessDenied naming the job and server: reading without FAX_JOB_QUERY, changing without FAX_JOB_MANAGE', async function () {
    const read = await sidecar.call('job.list', { server: 'MANAGEONLY' });
    expect(read.error?.data).to.include({ type: 'AccessDenied', api: 'FaxEnumJobsW', server: 'MANAGEONLY' });
    const change = await sidecar.call('job.cancel', { server: 'QUERYONLY', id: 4001 });
    expect(change.error?.data).to.include({ type: 'AccessDenied', api: 'FaxSetJobW', jobId: 4001, server: 'QUERYONLY' });
    expect((await sidecar.operation('job.get', { server: 'QUERYONLY', id: 4001 })).queueStatus, 'still queued').to.deep.equal(['Pending']);
  });

  it('refuses a job id that is not a positive 32-bit integer, or a missing one, before any call (-32602)', async function () {
    for (const params of [{ id: 0 }, { id: -1 }, { id: 1.5 }, { id: 2 ** 32 }, { id: '1001' }, {}, { jobId: 1001 }]) {
      const { error } = await sidecar.call('job.cancel', params);
      expect(error?.code, JSON.stringify(params)).to.equal(-32602);
    }
    expect((await sidecar.operation('job.list', {})).length, 'nothing cancelled').to.equal(5);
  });

  it('the handshake says the job commands are changes that must not be resent, reads that may', async function () {
    const { result } = await sidecar.call('handshake', {});
    const operations = (result as { operations: { method: string; access: string; resendable: boolean }[] }).operations.filter((o) => o.method.startsWith('job.'));
    expect(operations).to.deep.equal([
      { method: 'job.list', access: 'query', resendable: true },
      { method: 'job.get', access: 'query', resendable: true },
      { method: 'job.pause', access: 'modify', resendable: false },
      { method: 'job.resume', access: 'modify', resendable: false },
      { method: 'job.restart', access: 'modify', resendable: false },
      { method: 'job.cancel', access: 'modify', resendable: false },
    ]);
  });
});
