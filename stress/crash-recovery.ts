// A loop of cmdlets in one pwsh while the sidecar is killed with SIGKILL at random moments:
// every cmdlet succeeds or fails with a clear error within its timeout, and the next succeeds.
// A kill is sometimes followed by a burst that kills every sidecar started in its place, which
// fails that cmdlet; then the killer waits until the cmdlet it hit and the next one have
// finished, so "the next succeeds" is asked of a cmdlet that no kill disturbed.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { MODULE_MANIFEST } from '../test/helpers/pwsh.js';
import { packageRoot } from '../src/winfax/library-path.js';
import { Random } from './random.js';
import type { StressReport } from './report.js';
import type { StressWorld } from './world.js';

const TIMEOUT_SECONDS = 10;

/** Sidecars serving this world: found by the state file in their environment. */
function sidecarPids(stateFile: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!cmdline.includes('main.js\0serve')) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').includes(`FAXBRIDGE_SIM_STATE=${stateFile}\0`)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function loopScript(iterations: number): string {
  return `
Import-Module '${MODULE_MANIFEST}'
$results = for ($i = 0; $i -lt ${iterations}; $i++) {
  $watch = [Diagnostics.Stopwatch]::StartNew()
  $ok = $true; $message = ''
  try {
    if ($i % 2) { $null = Set-FaxPort -DeviceId 65538 -Rings ($i % 10) -Confirm:$false -ErrorAction Stop }
    else { $null = Get-FaxPort -ErrorAction Stop }
  } catch { $ok = $false; $message = $_.Exception.Message }
  [Console]::Out.WriteLine("done $i")
  [Console]::Out.Flush()
  [pscustomobject]@{ Ok = $ok; Ms = $watch.Elapsed.TotalMilliseconds; Message = $message }
}
$results | ConvertTo-Json -Compress
`;
}

export async function crashRecovery(report: StressReport, world: StressWorld, iterations: number, seed: number): Promise<void> {
  report.section(`crash recovery (${iterations} cmdlets, sidecar killed with SIGKILL at random)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-crash-'));
  const script = path.join(dir, 'loop.ps1');
  writeFileSync(script, loopScript(iterations));
  const explicit = process.env['FAXBRIDGE_PWSH'];
  const [file, prefix] = explicit ? [explicit, []] : ['dotnet', ['tool', 'run', 'pwsh', '--']];
  const pwsh = spawn(file, [...prefix, '-NoProfile', '-NonInteractive', '-File', script], {
    cwd: packageRoot(),
    env: { ...world.env, FAXBRIDGE_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let finished = 0;
  pwsh.stdout.on('data', (c: Buffer) => {
    out += c.toString('utf8');
    finished = out.match(/^done \d+$/gm)?.length ?? 0;
  });
  pwsh.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const done = new Promise<number | null>((resolve) => pwsh.on('exit', resolve));

  const random = new Random(seed);
  let kills = 0;
  let running = true;
  void done.then(() => (running = false));
  const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  const killSidecars = (): boolean => {
    let killed = false;
    for (const pid of sidecarPids(world.stateFile)) {
      try {
        process.kill(pid, 'SIGKILL');
        killed = true;
      } catch {
        // Already gone.
      }
    }
    if (killed) kills += 1;
    return killed;
  };
  while (running) {
    await pause(20 + random.int(180));
    const hit = finished;
    if (!killSidecars()) continue;
    // Half the time a burst: every sidecar the module starts in place of the killed one is killed
    // as soon as it appears, while the cmdlet that was hit still runs. That is more deaths than
    // the module retries, so that cmdlet fails, and must say why.
    if (random.int(2) === 0) {
      while (running && finished === hit) {
        await pause(2);
        killSidecars();
      }
    }
    // Leave alone the cmdlet after the one hit.
    while (running && finished < hit + 2) await pause(10);
  }
  const code = await done;
  let results: { Ok: boolean; Ms: number; Message: string }[] = [];
  try {
    results = [JSON.parse(out.trim().split('\n').pop() ?? '[]')].flat();
  } catch {
    report.check('the cmdlet loop finished and reported', false, `exit ${code}: ${err.slice(0, 300)}`);
    return;
  }
  const failures = results.filter((r) => !r.Ok);
  const slow = results.filter((r) => r.Ms > (TIMEOUT_SECONDS + 5) * 1000);
  const unclear = failures.filter((r) => r.Message.trim().length < 10);
  const failedTwice = results.filter((r, i) => !r.Ok && i > 0 && !results[i - 1]?.Ok);
  report.figure('cmdlets run', results.length);
  report.figure('kills', kills);
  report.figure('cmdlets that failed (with a message)', failures.length);
  report.figure('slowest cmdlet (ms)', Math.round(Math.max(...results.map((r) => r.Ms))));
  for (const message of new Set(failures.map((r) => r.Message))) report.figure('  failed with', message);
  report.check('the loop ran every cmdlet', results.length === iterations && code === 0, `exit ${code}`);
  report.check('the sidecar was killed at least once', kills > 0);
  report.check('every cmdlet answered within its timeout', slow.length === 0);
  report.check('every failure says what went wrong', unclear.length === 0);
  report.check('a failure is always followed by a success', failedTwice.length === 0, `${failedTwice.length} consecutive failures`);
}
