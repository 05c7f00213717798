// npm run bench: measures FaxBridge against its physical floors in one run, prints a table and
// writes bench/results.json (medians in ms or MB, with _min/_max beside each).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/winfax/library-path.js';
import { STATE_ENV } from '../src/simulator-state/state-path.js';
import { inProcessListing, sidecarListing } from './listing.js';
import { inProcessJobListing } from './jobs.js';
import { jobLayerFigures } from './job-layers.js';
import { sidecarRss } from './processes.js';
import { nodeColdFigures, preparePwshCold, pwshColdFigures, pwshImportFigures } from './cold.js';
import { powershellFigures } from './powershell.js';
import { configurationFigures } from './configuration.js';
import type { Summary } from './stats.js';
import { SIZES, serverFor, writeBenchWorld } from './world.js';
import { checkTargets, renderReport } from './report.js';

const RUNS = Number(process.env['FAXBRIDGE_BENCH_RUNS'] ?? 15);

type Figure = Summary | Record<string, Summary> | number;

async function main(): Promise<number> {
  const stateFile = writeBenchWorld();
  process.env[STATE_ENV] = stateFile;
  const env = { ...process.env };
  const figures: Record<string, Figure> = {};

  process.stderr.write(`bench: ${RUNS} runs per figure; ports per server: ${SIZES.join(', ')}\n`);
  // Each group of figures is measured in turn with its floors; the groups are independent, so a
  // new one is one more line here (its targets are rows of TARGETS in report.ts).
  Object.assign(figures, await nodeColdFigures(RUNS, env));
  figures['inproc_list_ms'] = await inProcessListing(RUNS);
  figures['sidecar_list_ms'] = await sidecarListing(RUNS, env);
  figures['inproc_jobs_ms'] = await inProcessJobListing(RUNS);
  Object.assign(figures, await jobLayerFigures(RUNS, env));
  Object.assign(figures, await powershellFigures(RUNS, env));
  Object.assign(figures, configurationFigures(RUNS, env));
  const pwshCold = preparePwshCold(env);
  Object.assign(figures, await pwshColdFigures(RUNS, env, pwshCold));
  Object.assign(figures, await pwshImportFigures(RUNS, env, pwshCold));
  const rss = await sidecarRss(env, serverFor(10000));
  figures['sidecar_rss_mb'] = { idle: single(rss.idle), after_10000: single(rss.afterList) };

  const results = flatten(figures);
  const targets = checkTargets(results);
  results['targets'] = targets;
  const file = path.join(packageRoot(), 'bench', 'results.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(renderReport(results, targets) + `\nwrote ${path.relative(process.cwd(), file)}\n`);
  return 0;
}

function single(value: number): Summary {
  return { median: value, min: value, max: value, runs: 1 };
}

function isSummary(value: Figure): value is Summary {
  return typeof value === 'object' && 'median' in value;
}

/** `{ key: Summary }` → key, key_min, key_max; per-N figures stay objects keyed by N. */
function flatten(figures: Record<string, Figure>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === 'number') {
      out[key] = round(value);
    } else if (isSummary(value)) {
      out[key] = round(value.median);
      out[`${key}_min`] = round(value.min);
      out[`${key}_max`] = round(value.max);
    } else {
      const entries = Object.entries(value);
      out[key] = Object.fromEntries(entries.map(([n, s]) => [n, round(s.median)]));
      out[`${key}_min`] = Object.fromEntries(entries.map(([n, s]) => [n, round(s.min)]));
      out[`${key}_max`] = Object.fromEntries(entries.map(([n, s]) => [n, round(s.max)]));
    }
  }
  return out;
}

process.exitCode = await main();
