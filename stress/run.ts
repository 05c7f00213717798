// npm run stress: protocol fuzz, fault injection, crash recovery, concurrency and bad settings.
// Prints its figures and exits 1 if any check fails. `--full` runs the large sizes; CI runs the
// default (reduced) sizes.
import { concurrency, jobConcurrency, sidecarJobConcurrency } from './concurrency.js';
import { crashRecovery } from './crash-recovery.js';
import { badSettings } from './bad-settings.js';
import { faultMatrix } from './fault-matrix.js';
import { protocolFuzz } from './protocol-fuzz.js';
import { StressReport } from './report.js';
import { stressWorld } from './world.js';
import { generatedJobs, generatedPorts } from '../src/simulator-state/state-file.js';

const full = process.argv.includes('--full');
const seedArgument = process.argv.find((a) => a.startsWith('--seed='));
const seed = seedArgument ? Number(seedArgument.slice('--seed='.length)) : Date.now() % 100_000;
const sizes = full
  ? { messages: 50_000, crashIterations: 300, writers: 8, writes: 200 }
  : { messages: 10_000, crashIterations: 100, writers: 4, writes: 40 };

const report = new StressReport();
process.stdout.write(`faxbridge stress (${full ? 'full' : 'reduced'} size, seed ${seed})\n`);
const contended = { name: 'CONTENDED', latencyMs: 2, ports: generatedPorts(3) };
const contendedJobs = full ? 60 : 20;
const jobQueue = { name: 'JOBQUEUE', latencyMs: 1, ports: generatedPorts(2), queue: generatedJobs(contendedJobs + 10) };

await protocolFuzz(report, stressWorld(), sizes.messages, seed);
stressWorld();
faultMatrix(report);
await crashRecovery(report, stressWorld(), sizes.crashIterations, seed);
await concurrency(report, stressWorld([contended]), sizes.writers, sizes.writes);
await jobConcurrency(report, stressWorld([jobQueue]), 'JOBQUEUE', contendedJobs, 10);
await sidecarJobConcurrency(report, stressWorld([jobQueue]), 'JOBQUEUE', contendedJobs, 10);
badSettings(report, stressWorld());

process.stdout.write(`\n${report.failed === 0 ? 'all checks passed' : `${report.failed} checks FAILED`}\n`);
process.exitCode = report.failed === 0 ? 0 : 1;
