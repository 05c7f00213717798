// The job queue of N jobs through the layers above the core, each beside its floor:
// - sidecar_jobs_ms: job.list through a warm sidecar over JSON-RPC stdio (beside inproc_jobs_ms,
//   the same listing in-process, measured by bench/jobs.ts);
// - pwsh_jobs_ms: Get-FaxJob in a warm pwsh, beside pwsh_jobs_floor_ms: turning the very reply
//   the module receives (PowerShell's names, after its handshake) into the same typed objects
//   with ConvertFrom-Json and pstypenames, with no sidecar. Sample by sample in turn, so both run
//   as warm as each other.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rawReply } from './module-reply.js';
import { MODULE_MANIFEST, runPwsh } from '../test/helpers/pwsh.js';
import { STATE_ENV } from '../src/simulator-state/state-path.js';
import { generatedJobs, generatedPorts, writeStateFile } from '../src/simulator-state/state-file.js';
import { type Summary, summarize } from './stats.js';
import { JOB_SIZES } from './jobs.js';
import { sidecarListingOf } from './listing.js';

const queueServer = (size: number): string => `QUEUE${size}`;

function pwshScript(runs: number, payloadFiles: Record<number, string>): string {
  const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
  const cases = Object.entries(payloadFiles).map(([n, file]) => `@{ N = '${n}'; Server = '${queueServer(Number(n))}'; File = ${quote(file)} }`);
  return `
$ErrorActionPreference = 'Stop'
Import-Module ${quote(MODULE_MANIFEST)}
$result = @{ list = @{}; floor = @{} }
foreach ($case in @(${cases.join(', ')})) {
  $server = $case.Server
  $payload = [IO.File]::ReadAllText($case.File)
  $list = { $null = Get-FaxJob -ComputerName $server }
  $floor = { $o = ConvertFrom-Json $payload; foreach ($j in $o.result) { $j.pstypenames.Insert(0, 'FaxBridge.Job') } }
  for ($i = 0; $i -lt 3; $i++) { & $list; & $floor }
  $a = New-Object 'System.Collections.Generic.List[double]'; $b = New-Object 'System.Collections.Generic.List[double]'
  for ($i = 0; $i -lt ${runs}; $i++) {
    $w = [Diagnostics.Stopwatch]::StartNew(); & $list; $w.Stop(); $a.Add($w.Elapsed.TotalMilliseconds)
    $w = [Diagnostics.Stopwatch]::StartNew(); & $floor; $w.Stop(); $b.Add($w.Elapsed.TotalMilliseconds)
  }
  $result.list[$case.N] = $a.ToArray(); $result.floor[$case.N] = $b.ToArray()
}
$result | ConvertTo-Json -Compress -Depth 5
`;
}

export async function jobLayerFigures(runs: number, baseEnv: NodeJS.ProcessEnv): Promise<Record<string, Record<string, Summary>>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-bench-job-layers-'));
  const stateFile = path.join(dir, 'state.tsv');
  writeStateFile(stateFile, JOB_SIZES.map((size) => ({ name: queueServer(size), ports: generatedPorts(2), queue: generatedJobs(size) })));
  const env = { ...baseEnv, [STATE_ENV]: stateFile };

  const payloadFiles: Record<number, string> = {};
  for (const size of JOB_SIZES) {
    payloadFiles[size] = path.join(dir, `payload-${size}.json`);
    writeFileSync(payloadFiles[size], await rawReply(env, 'job.list', { server: queueServer(size) }));
  }
  const sidecar = await sidecarListingOf(runs, env, 'job.list', JOB_SIZES, queueServer);
  const scriptFile = path.join(dir, 'bench.ps1');
  writeFileSync(scriptFile, pwshScript(runs, payloadFiles));
  const result = runPwsh(`& '${scriptFile}'`, env);
  let samples: { list: Record<string, number[]>; floor: Record<string, number[]> };
  try {
    samples = JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as typeof samples;
  } catch {
    throw new Error(`the PowerShell job benchmark printed no figures (exit ${result.status}): ${result.stderr || result.stdout}`);
  }
  const perSize = (source: Record<string, number[]>): Record<string, Summary> =>
    Object.fromEntries(Object.entries(source).map(([n, values]) => [n, summarize(values)]));
  return { sidecar_jobs_ms: sidecar, pwsh_jobs_ms: perSize(samples.list), pwsh_jobs_floor_ms: perSize(samples.floor) };
}
