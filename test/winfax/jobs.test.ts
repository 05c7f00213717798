// The job queue calls (FaxEnumJobsW, FaxGetJobW, FaxSetJobW, FaxAbort) called directly against the
// simulator, as winfax.h declares them: layouts, rights, handles, ids, commands and NULL pointers.
import { expect } from 'chai';
import { FAX_DEVICE_STATUSW, FAX_JOB_ENTRYW, type FaxDeviceStatusW, type FaxJobEntryW } from '../../src/winfax/types.js';
import { decodeArray, decodeStruct, structSize } from '../../src/winfax/memory.js';
import type { FaxPointer, Out } from '../../src/winfax/prototypes.js';
import {
  DRT_EMAIL,
  FPS,
  JC_DELETE,
  JC_PAUSE,
  JC_RESTART,
  JC_RESUME,
  JC_UNKNOWN,
  JS,
  JS_PENDING,
  JSA_DISCOUNT_PERIOD,
  JSA_SPECIFIC_TIME,
  JT_RECEIVE,
  JT_ROUTING,
  JT_SEND,
  PORT_OPEN_QUERY,
} from '../../src/winfax/constants.js';
import {
  ERROR_ACCESS_DENIED,
  ERROR_INVALID_HANDLE,
  ERROR_INVALID_OPERATION,
  ERROR_INVALID_PARAMETER,
} from '../../src/winfax/win32-errors.js';
import { useSimulator } from '../helpers/simulator.js';
import { jobServers } from '../helpers/fixtures.js';
import { apiFailure as failure } from '../helpers/failure.js';

describe('winfax binding: the job queue against the simulator', function () {
  const sim = useSimulator(jobServers);
  const fx = () => sim.library.functions;

  function connect(name: string | null = null): FaxPointer {
    const out: Out<FaxPointer | null> = [null];
    sim.library.invoke('FaxConnectFaxServerW', name, out);
    return out[0] as FaxPointer;
  }

  /** Runs `use` with a server handle that is closed afterwards. */
  function withServer<T>(name: string | null, use: (server: FaxPointer) => T): T {
    const server = connect(name);
    try {
      return use(server);
    } finally {
      fx().FaxClose(server);
    }
  }

  function enumJobs(server: FaxPointer): FaxJobEntryW[] {
    const buffer: Out<FaxPointer | null> = [null];
    const count: Out<number> = [0];
    sim.library.invoke('FaxEnumJobsW', server, buffer, count);
    try {
      return decodeArray<FaxJobEntryW>(buffer[0] as FaxPointer, FAX_JOB_ENTRYW, count[0]);
    } finally {
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
    }
  }

  function getJob(server: FaxPointer, jobId: number): FaxJobEntryW {
    const buffer: Out<FaxPointer | null> = [null];
    sim.library.invoke('FaxGetJobW', server, jobId, buffer);
    try {
      return decodeStruct<FaxJobEntryW>(buffer[0] as FaxPointer, FAX_JOB_ENTRYW);
    } finally {
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
    }
  }

  const setJob = (server: FaxPointer, jobId: number, command: number) => sim.library.invoke('FaxSetJobW', server, jobId, command, null);
  const status = (server: FaxPointer, jobId: number) => getJob(server, jobId).QueueStatus;

  it('FaxEnumJobsW returns every FAX_JOB_ENTRYW of the queue in one buffer that FaxFreeBuffer releases', function () {
    withServer(null, (server) => {
      const buffer: Out<FaxPointer | null> = [null];
      const count: Out<number> = [0];
      sim.library.invoke('FaxEnumJobsW', server, buffer, count);
      expect(sim.controls.stats().unfreedBuffers).to.equal(1);
      const jobs = decodeArray<FaxJobEntryW>(buffer[0] as FaxPointer, FAX_JOB_ENTRYW, count[0]);
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
      expect(sim.controls.stats().unfreedBuffers).to.equal(0);
      expect(jobs.map((j) => [j.JobId, j.JobType, j.QueueStatus])).to.deep.equal([
        [1001, JT_SEND, JS_PENDING],
        [1002, JT_SEND, JS.JS_PAUSED],
        [1003, JT_SEND, JS.JS_RETRYING],
        [1004, JT_SEND, JS.JS_RETRIES_EXCEEDED],
        [1005, JT_ROUTING, JS.JS_INPROGRESS],
      ]);
      expect(jobs.every((j) => j.SizeOfStruct === structSize(FAX_JOB_ENTRYW))).to.equal(true);
      const first = jobs[0];
      expect(first).to.include({
        UserName: 'CONTOSO\\agarcia', Size: 48213, PageCount: 3, RecipientNumber: '+1 206 555 0142', RecipientName: 'Northwind Traders',
        Tsid: '+1 425 555 0100', SenderName: 'Ana García', SenderCompany: 'Contoso Ltd', SenderDept: 'Purchasing', BillingCode: 'PO-2231',
        ScheduleAction: JSA_DISCOUNT_PERIOD, DeliveryReportType: 0, DeliveryReportAddress: '', DocumentName: 'Quote request 2231', Status: 0,
      });
      expect(jobs[1]).to.include({ DeliveryReportType: DRT_EMAIL, DeliveryReportAddress: 'jsmith@contoso.com' });
    });
  });

  it('FaxEnumJobsW on an empty queue returns a buffer of no entries, to be freed like any other', function () {
    withServer('NOQUEUE', (server) => {
      const buffer: Out<FaxPointer | null> = [null];
      const count: Out<number> = [7];
      sim.library.invoke('FaxEnumJobsW', server, buffer, count);
      expect(count[0]).to.equal(0);
      expect(buffer[0]).to.not.equal(null);
      fx().FaxFreeBuffer(buffer[0] as FaxPointer);
    });
  });

  it('FaxGetJobW reads one job, with ScheduleTime as a UTC SYSTEMTIME', function () {
    withServer('FAXSRV02', (server) => {
      const job = getJob(server, 2002);
      expect(job).to.include({ JobId: 2002, JobType: JT_SEND, QueueStatus: JS_PENDING, ScheduleAction: JSA_SPECIFIC_TIME, DocumentName: 'Shipping schedule' });
      // 2026-03-01T17:00:00Z, a Sunday (wDayOfWeek 0).
      expect(job.ScheduleTime).to.deep.equal({ wYear: 2026, wMonth: 3, wDayOfWeek: 0, wDay: 1, wHour: 17, wMinute: 0, wSecond: 0, wMilliseconds: 0 });
      expect(getJob(server, 2001).ScheduleTime.wYear, 'no time is all zeros').to.equal(0);
    });
  });

  it('the job a device runs is the one its FaxGetDeviceStatusW reports, and Status is that device\'s state', function () {
    for (const [name, jobId, deviceId, state, type] of [
      ['FAXSRV02', 2001, 131073, FPS.FPS_RECEIVING, JT_RECEIVE],
      ['JOBSRV', 3001, 300001, FPS.FPS_SENDING, JT_SEND],
    ] as const) {
      withServer(name, (server) => {
        const job = getJob(server, jobId);
        const port: Out<FaxPointer | null> = [null];
        sim.library.invoke('FaxOpenPort', server, deviceId, PORT_OPEN_QUERY, port);
        try {
          const buffer: Out<FaxPointer | null> = [null];
          sim.library.invoke('FaxGetDeviceStatusW', port[0] as FaxPointer, buffer);
          const device = decodeStruct<FaxDeviceStatusW>(buffer[0] as FaxPointer, FAX_DEVICE_STATUSW);
          fx().FaxFreeBuffer(buffer[0] as FaxPointer);
          expect([job.QueueStatus, job.Status], `${name} job ${jobId}`).to.deep.equal([JS.JS_INPROGRESS, state]);
          expect(device).to.include({ Status: state, JobType: type, DocumentName: job.DocumentName, TotalPages: job.PageCount, Size: job.Size });
          expect(device).to.include({ PhoneNumber: job.RecipientNumber, RecipientName: job.RecipientName, SenderName: job.SenderName, UserName: job.UserName });
        } finally {
          fx().FaxClose(port[0]);
        }
      });
    }
  });

  it('an unknown job id is ERROR_INVALID_PARAMETER for every job call', function () {
    withServer(null, (server) => {
      const before = sim.readState();
      for (const call of [
        () => sim.library.invoke('FaxGetJobW', server, 4242, [null]),
        () => setJob(server, 4242, JC_PAUSE),
        () => sim.library.invoke('FaxAbort', server, 4242),
      ]) {
        expect(failure(call).win32Code).to.equal(ERROR_INVALID_PARAMETER);
      }
      expect(sim.readState()).to.equal(before);
    });
  });

  it('FaxSetJobW refuses a command outside JC_DELETE, JC_PAUSE and JC_RESUME (JC_RESTART is JC_RESUME)', function () {
    expect(JC_RESTART).to.equal(JC_RESUME);
    withServer(null, (server) => {
      const before = sim.readState();
      for (const command of [JC_UNKNOWN, 4, 5, 0x80000000, 0xffffffff]) {
        const error = failure(() => setJob(server, 1001, command));
        expect([error.api, error.win32Code], `command ${command}`).to.deep.equal(['FaxSetJobW', ERROR_INVALID_PARAMETER]);
      }
      expect(sim.readState()).to.equal(before);
    });
  });

  it('a closed or foreign handle is ERROR_INVALID_HANDLE; a NULL handle or out pointer ERROR_INVALID_PARAMETER', function () {
    const server = connect();
    const port: Out<FaxPointer | null> = [null];
    sim.library.invoke('FaxOpenPort', server, 65537, PORT_OPEN_QUERY, port);
    const portHandle = port[0] as FaxPointer;
    try {
      const calls = (h: FaxPointer | null) => [
        () => sim.library.invoke('FaxEnumJobsW', h, [null], [0]),
        () => sim.library.invoke('FaxGetJobW', h, 1001, [null]),
        () => setJob(h as FaxPointer, 1001, JC_PAUSE),
        () => sim.library.invoke('FaxAbort', h, 1001),
      ];
      for (const call of calls(portHandle)) expect(failure(call).win32Code, 'a port handle').to.equal(ERROR_INVALID_HANDLE);
      for (const call of calls(null)) expect(failure(call).win32Code, 'NULL').to.equal(ERROR_INVALID_PARAMETER);
      expect(failure(() => sim.library.invoke('FaxEnumJobsW', server, null, [0])).win32Code).to.equal(ERROR_INVALID_PARAMETER);
      expect(failure(() => sim.library.invoke('FaxEnumJobsW', server, [null], null)).win32Code).to.equal(ERROR_INVALID_PARAMETER);
      expect(failure(() => sim.library.invoke('FaxGetJobW', server, 1001, null)).win32Code).to.equal(ERROR_INVALID_PARAMETER);
    } finally {
      fx().FaxClose(portHandle);
      fx().FaxClose(server);
    }
    for (const call of [
      () => sim.library.invoke('FaxEnumJobsW', server, [null], [0]),
      () => sim.library.invoke('FaxGetJobW', server, 1001, [null]),
      () => setJob(server, 1001, JC_PAUSE),
      () => sim.library.invoke('FaxAbort', server, 1001),
    ]) {
      expect(failure(call).win32Code, 'a closed handle').to.equal(ERROR_INVALID_HANDLE);
    }
  });

  it('reading needs the job-query right and changing the job-manage right (ERROR_ACCESS_DENIED)', function () {
    const before = sim.readState();
    withServer('QUERYONLY', (server) => {
      expect(enumJobs(server).map((j) => j.JobId)).to.deep.equal([4001]);
      expect(failure(() => setJob(server, 4001, JC_PAUSE)).win32Code).to.equal(ERROR_ACCESS_DENIED);
      expect(failure(() => sim.library.invoke('FaxAbort', server, 4001)).win32Code).to.equal(ERROR_ACCESS_DENIED);
    });
    withServer('MANAGEONLY', (server) => {
      expect(failure(() => sim.library.invoke('FaxEnumJobsW', server, [null], [0])).win32Code).to.equal(ERROR_ACCESS_DENIED);
      expect(failure(() => sim.library.invoke('FaxGetJobW', server, 5001, [null])).win32Code).to.equal(ERROR_ACCESS_DENIED);
    });
    // Servers whose rights name only port and configuration rights, as state files before the queue did.
    withServer('READONLY', (server) => {
      expect(failure(() => sim.library.invoke('FaxEnumJobsW', server, [null], [0])).win32Code).to.equal(ERROR_ACCESS_DENIED);
    });
    expect(sim.readState(), 'refused changes change nothing').to.equal(before);
    withServer('MANAGEONLY', (server) => setJob(server, 5001, JC_PAUSE));
    expect(sim.readState()).to.match(/^queue\t5001\t0\t1\tPAUSED\t/m);
  });

  it('JC_PAUSE and JC_RESUME: a queued job pauses and resumes, a failed one is requeued, and each change is in the file', function () {
    withServer(null, (server) => {
      setJob(server, 1001, JC_PAUSE);
      expect(status(server, 1001)).to.equal(JS.JS_PAUSED);
      expect(sim.readState()).to.match(/^queue\t1001\t0\t1\tPAUSED\t0\t/m);
      setJob(server, 1001, JC_RESUME);
      expect(status(server, 1001)).to.equal(JS_PENDING);
      setJob(server, 1003, JC_PAUSE);
      expect(status(server, 1003), 'a retrying job keeps retrying once resumed').to.equal(JS.JS_RETRYING | JS.JS_PAUSED);
      setJob(server, 1003, JC_RESUME);
      expect(status(server, 1003), 'resumed from its pause, it waits for its retry').to.equal(JS.JS_RETRYING);
      setJob(server, 1003, JC_RESUME);
      expect(status(server, 1003), 'resumed while retrying, it is sent again at once').to.equal(JS_PENDING);
      setJob(server, 1004, JC_RESUME);
      expect(status(server, 1004)).to.equal(JS_PENDING);
      expect(sim.readState()).to.match(/^queue\t1004\t0\t1\tPENDING\t0\t/m);
    });
  });

  it('a command the job is not in a state for is ERROR_INVALID_OPERATION and changes nothing', function () {
    withServer(null, (server) => {
      const before = sim.readState();
      for (const [jobId, command, why] of [
        [1002, JC_PAUSE, 'already paused'],
        [1004, JC_PAUSE, 'past its retries'],
        [1001, JC_RESUME, 'neither paused nor failed'],
        [1005, JC_PAUSE, 'an incoming fax being routed'],
      ] as const) {
        const error = failure(() => setJob(server, jobId, command));
        expect([error.api, error.win32Code], why).to.deep.equal(['FaxSetJobW', ERROR_INVALID_OPERATION]);
      }
      expect(sim.readState()).to.equal(before);
    });
  });

  it('JC_PAUSE on an active job pauses it when it returns to the queue, and frees its device then', function () {
    withServer('JOBSRV', (server) => {
      setJob(server, 3001, JC_PAUSE);
      expect(status(server, 3001), 'still sending').to.equal(JS.JS_INPROGRESS);
      sim.controls.returnJobToQueue('JOBSRV', 3001);
      const job = getJob(server, 3001);
      expect([job.QueueStatus, job.Status]).to.deep.equal([JS.JS_PAUSED | JS.JS_RETRYING, 0]);
      expect(sim.readState()).to.match(/^port\t300001\t3\t1\t1\tAVAILABLE\t/m);
    });
  });

  it('JC_DELETE removes a queued job at once; an active one goes through Deleting while its device aborts', function () {
    withServer('JOBSRV', (server) => {
      setJob(server, 3002, JC_DELETE);
      expect(failure(() => sim.library.invoke('FaxGetJobW', server, 3002, [null])).win32Code).to.equal(ERROR_INVALID_PARAMETER);
      sim.library.invoke('FaxAbort', server, 3001);
      const job = getJob(server, 3001);
      expect([job.QueueStatus, job.Status]).to.deep.equal([JS.JS_INPROGRESS | JS.JS_DELETING, FPS.FPS_ABORTING]);
      expect(failure(() => setJob(server, 3001, JC_PAUSE)).win32Code, 'a job being deleted does not pause').to.equal(ERROR_INVALID_OPERATION);
      setJob(server, 3001, JC_DELETE); // already being deleted: nothing more to do
      sim.controls.returnJobToQueue('JOBSRV', 3001);
      expect(enumJobs(server)).to.deep.equal([]);
      expect(sim.readState()).not.to.match(/^queue\t300\d\t/m);
    });
  });

  it('each job call takes an injected fault like every call, and a faulted change changes nothing', function () {
    withServer(null, (server) => {
      const before = sim.readState();
      const calls = {
        FaxEnumJobsW: () => sim.library.invoke('FaxEnumJobsW', server, [null], [0]),
        FaxGetJobW: () => sim.library.invoke('FaxGetJobW', server, 1001, [null]),
        FaxSetJobW: () => setJob(server, 1001, JC_PAUSE),
        FaxAbort: () => sim.library.invoke('FaxAbort', server, 1001),
      };
      for (const [api, call] of Object.entries(calls)) {
        sim.controls.injectFault(api as keyof typeof calls, 1, 1726);
        const error = failure(call);
        expect([error.api, error.win32Code]).to.deep.equal([api, 1726]);
      }
      expect(sim.readState()).to.equal(before);
      expect(sim.controls.stats().unfreedBuffers).to.equal(0);
    });
  });
});
