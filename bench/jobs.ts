// Listing the job queue of N jobs in-process through koffi. The queues live in a state file of
// their own, so the other figures (cold start, port listings) read the same file as before.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withSession } from '../src/core/session.js';
import { loadWinFax } from '../src/winfax/library.js';
import { STATE_ENV } from '../src/simulator/state-path.js';
import { generatedJobs, generatedPorts, writeStateFile } from '../src/simulator/state-file.js';
import { type Summary, measure } from './stats.js';

export const JOB_SIZES = [100, 1000, 10000] as const;

const queueServer = (size: number): string => `QUEUE${size}`;

export async function inProcessJobListing(runs: number): Promise<Record<string, Summary>> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'faxbridge-bench-jobs-')), 'state.tsv');
  writeStateFile(file, JOB_SIZES.map((size) => ({ name: queueServer(size), ports: generatedPorts(2), queue: generatedJobs(size) })));
  const previous = process.env[STATE_ENV];
  process.env[STATE_ENV] = file;
  try {
    const library = loadWinFax();
    const figures: Record<string, Summary> = {};
    for (const size of JOB_SIZES) {
      figures[size] = await measure(runs, () => {
        const jobs = withSession({ library, server: queueServer(size) }, (s) => s.listJobs());
        if (jobs.length !== size) throw new Error(`listed ${jobs.length} jobs, expected ${size}`);
      });
    }
    return figures;
  } finally {
    if (previous === undefined) delete process.env[STATE_ENV];
    else process.env[STATE_ENV] = previous;
  }
}
