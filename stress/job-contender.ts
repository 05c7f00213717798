// One of two processes working the same queued jobs at once (see concurrency.ts): both pause and
// resume each outgoing job in turn, and the deleter then deletes it. Prints JSON: how many
// calls succeeded, how many met a job already changed (JobStateError) or gone (JobNotFoundError),
// and any other error.
import { JobNotFoundError, JobStateError } from '../src/core/errors.js';
import { withSession } from '../src/core/session.js';

const [role = 'pauser', first = '1', count = '10', rounds = '4', server = 'JOBQUEUE'] = process.argv.slice(2);
const outcome = { succeeded: 0, changedMeanwhile: 0, goneMeanwhile: 0, deleted: [] as number[], other: [] as string[] };

for (let jobId = Number(first); jobId < Number(first) + Number(count); jobId += 1) {
  for (let round = 0; round < Number(rounds); round += 1) {
    try {
      withSession({ server }, (s) => {
        const job = s.getJob(jobId);
        if (role === 'deleter' && round === Number(rounds) - 1) {
          if (s.setJob(jobId, 'delete') === null) outcome.deleted.push(jobId);
        } else if (job.type === 'Send') {
          const waiting = job.queueStatus.some((name) => name === 'Paused' || name === 'Failed' || name === 'RetriesExceeded');
          s.setJob(jobId, waiting ? 'resume' : 'pause');
        }
      });
      outcome.succeeded += 1;
    } catch (error) {
      if (error instanceof JobStateError) outcome.changedMeanwhile += 1;
      else if (error instanceof JobNotFoundError) outcome.goneMeanwhile += 1;
      else outcome.other.push(error instanceof Error ? error.message : String(error));
    }
  }
}
process.stdout.write(JSON.stringify(outcome) + '\n');
