// faxbridge job list | get | pause | resume | restart | cancel
import type { Argv } from 'yargs';
import { runOperation } from '../../backends/index.js';
import type { OperationName } from '../../backends/operations.js';
import type { FaxJob } from '../../core/model.js';
import { displayServerName } from '../../core/server-name.js';
import { backendOptions, withFaxServerOptions } from '../options.js';
import { printResult } from '../output.js';
import { MAX_DWORD, namingOptions, wholeNumber } from '../values.js';
import { type Column, renderRecord, renderTable } from '../table.js';

const JOB_COLUMNS: readonly Column<FaxJob>[] = [
  { header: 'ID', value: (j) => j.id, align: 'right' },
  { header: 'TYPE', value: (j) => j.type },
  { header: 'QUEUE STATUS', value: (j) => j.queueStatus.join(', ') },
  { header: 'USER', value: (j) => j.userName },
  { header: 'RECIPIENT', value: (j) => j.recipientName || j.recipientNumber },
  { header: 'PAGES', value: (j) => j.pageCount, align: 'right' },
  { header: 'SCHEDULE', value: (j) => (j.scheduleTime ? `${j.schedule} ${j.scheduleTime}` : j.schedule) },
  { header: 'DOCUMENT', value: (j) => j.documentName },
];

function jobRecord(job: FaxJob): string {
  return renderRecord([
    ['Server', job.server],
    ['Job ID', job.id],
    ['Type', job.type],
    ['Queue status', job.queueStatus.join(', ')],
    ['Device state', job.deviceState],
    ['Device', job.deviceName],
    ['User', job.userName],
    ['Recipient number', job.recipientNumber],
    ['Recipient name', job.recipientName],
    ['TSID', job.tsid],
    ['Sender', job.senderName],
    ['Company', job.senderCompany],
    ['Department', job.senderDepartment],
    ['Billing code', job.billingCode],
    ['Document', job.documentName],
    ['Pages', job.pageCount],
    ['Size (bytes)', job.size],
    ['Schedule', job.schedule],
    ['Scheduled for', job.scheduleTime],
    ['Submitted', job.submittedTime],
    ['Delivery report', job.deliveryReportAddress ? `${job.deliveryReportType} (${job.deliveryReportAddress})` : job.deliveryReportType],
  ]);
}

const jobArgument = { describe: 'Job id, as shown by "job list"', type: 'string', demandOption: true } as const;

/** The job id as typed, refused naming <id> (the core's field is jobId). */
function jobId(raw: unknown): number {
  return wholeNumber('<id>', 'jobId', raw, 1, MAX_DWORD);
}

type JobCommandMethod = Extract<OperationName, 'job.pause' | 'job.resume' | 'job.restart' | 'job.cancel'>;

const COMMANDS: readonly { name: string; method: JobCommandMethod; describe: string; done: string }[] = [
  { name: 'pause', method: 'job.pause', describe: 'Pause a queued outgoing fax (an active one pauses when it returns to the queue)', done: 'Paused' },
  { name: 'resume', method: 'job.resume', describe: 'Resume a paused outgoing fax, or requeue a failed one', done: 'Resumed' },
  {
    name: 'restart',
    method: 'job.restart',
    // winfax.h defines JC_RESTART as JC_RESUME: only the comex backend could tell them apart.
    describe: 'Send a failed or paused outgoing fax again (through winfax the same call as resume)',
    done: 'Restarted',
  },
  { name: 'cancel', method: 'job.cancel', describe: 'Cancel a job, queued or active (an active one is Deleting until its device lets go)', done: 'Cancelled' },
];

export function registerJobCommands<T>(yargs: Argv<T>): Argv<T> {
  return yargs.command('job', 'List and manage the jobs in the fax queue', (job) => {
    let commands = withFaxServerOptions(job)
      .command(
        'list',
        'List every job in the queue, outgoing and incoming',
        (y) => y,
        async (argv) => {
          const jobs = await runOperation(backendOptions(argv), 'job.list', {});
          printResult(argv.json, jobs, () => (jobs.length === 0 ? `The fax queue of ${displayServerName(argv.server)} is empty.` : renderTable(jobs, JOB_COLUMNS)));
        },
      )
      .command(
        'get <id>',
        'Show one job',
        (y) => y.positional('id', jobArgument),
        async (argv) => {
          const result = await namingOptions({ jobId: '<id>' }, () => runOperation(backendOptions(argv), 'job.get', { id: jobId(argv.id) }));
          printResult(argv.json, result, () => jobRecord(result));
        },
      );
    for (const command of COMMANDS) {
      commands = commands.command(
        `${command.name} <id>`,
        command.describe,
        (y) => y.positional('id', jobArgument),
        async (argv) => {
          const id = await namingOptions({ jobId: '<id>' }, () => jobId(argv.id));
          const result = await runOperation(backendOptions(argv), command.method, { id });
          const server = result?.server ?? displayServerName(argv.server);
          printResult(argv.json, result, () =>
            result === null ? `${command.done} job ${id} on ${server}; it has left the queue.` : `${command.done} job ${id} on ${server}:\n${jobRecord(result)}`,
          );
        },
      );
    }
    return commands.demandCommand(1, 'Name a job command: list, get, pause, resume, restart or cancel');
  });
}
