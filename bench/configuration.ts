// Import-FaxConfiguration beside doing the same by hand, on 10 servers of 100 ports, in one warm
// pwsh session (issue 14's target: the document path no slower than the Get-FaxPort/Set-FaxPort
// loop an administrator would otherwise write, ≤ 1×):
// - pwsh_import_noop_ms: importing a document the servers are in line with, beside
//   Get-FaxPort | Set-FaxPort with every port's own settings (Set-FaxPort reads each port and
//   writes nothing when nothing differs, as Import-Csv | Set-FaxPort restores settings);
// - pwsh_import_changes_ms (issue 14's pwsh_import_ms; that name is issue 12's Import-Module): importing a document that changes the rings of all 1,000 ports, beside
//   Get-FaxPort | Set-FaxPort -Rings changing them all back. The two alternate, so every sample
//   of either changes every port.
// The ports are collected before Set-FaxPort: piping Get-FaxPort of several servers straight into
// Set-FaxPort stalls in this module (Set-FaxPort's requests read the replies Get-FaxPort is still
// waiting for; reported, not fixed here).
// The document path also reads each port's routing methods and each server's configuration,
// which the hand loop does not: the comparison favours the loop.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/winfax/library-path.js';
import { STATE_ENV } from '../src/simulator-state/state-path.js';
import { generatedPorts, writeStateFile } from '../src/simulator-state/state-file.js';
import { MODULE_MANIFEST } from '../test/helpers/pwsh.js';
import { type Summary, summarize } from './stats.js';

const SERVERS = 10;
const PORTS = 100;
/** Each sample writes 1,000 ports; a handful is enough beside the loop's spread. */
const MAX_RUNS = 5;

function script(runs: number, dir: string, servers: readonly string[]): string {
  const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
  return `
$ErrorActionPreference = 'Stop'
Import-Module ${quote(MODULE_MANIFEST)}
$servers = @(${servers.map(quote).join(', ')})
$inLine = Join-Path ${quote(dir)} 'in-line.json'
$changed = Join-Path ${quote(dir)} 'rings-5.json'
Export-FaxConfiguration -ComputerName $servers -Path $inLine
$document = Get-Content -LiteralPath $inLine -Raw | ConvertFrom-Json
foreach ($server in $document.servers) { foreach ($port in $server.ports) { $port.rings = 5 } }
$document | ConvertTo-Json -Depth 8 | Set-Content -LiteralPath $changed

function Measure-Pair([scriptblock] $First, [scriptblock] $Second, [int] $Count) {
  & $First; & $Second
  $a = New-Object 'System.Collections.Generic.List[double]'; $b = New-Object 'System.Collections.Generic.List[double]'
  for ($i = 0; $i -lt $Count; $i++) {
    $watch = [Diagnostics.Stopwatch]::StartNew(); & $First; $watch.Stop(); $a.Add($watch.Elapsed.TotalMilliseconds)
    $watch = [Diagnostics.Stopwatch]::StartNew(); & $Second; $watch.Stop(); $b.Add($watch.Elapsed.TotalMilliseconds)
  }
  @{ first = $a.ToArray(); second = $b.ToArray() }
}
$result = @{}
$noop = Measure-Pair { Import-FaxConfiguration -Path $inLine -Confirm:$false } { $ports = Get-FaxPort -ComputerName $servers; $ports | Set-FaxPort -Confirm:$false } ${runs}
$result.noop = $noop.first; $result.noop_loop = $noop.second
# Every port at rings 6 first, so that every sample of either changes all of them.
$ports = Get-FaxPort -ComputerName $servers; $ports | Set-FaxPort -Rings 6 -Confirm:$false
$writes = Measure-Pair {
  $made = @(Import-FaxConfiguration -Path $changed -Confirm:$false -PassThru)
  if ($made.Count -ne ${SERVERS * PORTS}) { throw "the import made $($made.Count) changes, not ${SERVERS * PORTS}" }
} { $ports = Get-FaxPort -ComputerName $servers; $ports | Set-FaxPort -Rings 6 -Confirm:$false } ${runs}
$result.import = $writes.first; $result.import_loop = $writes.second
$result | ConvertTo-Json -Compress -Depth 3
`;
}

type Samples = { noop: number[]; noop_loop: number[]; import: number[]; import_loop: number[] };

export function configurationFigures(runs: number, env: NodeJS.ProcessEnv): Record<string, Summary> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-bench-config-'));
  const stateFile = path.join(dir, 'state.tsv');
  const servers = Array.from({ length: SERVERS }, (_, i) => `CONFIG${String(i + 1).padStart(2, '0')}`);
  // Ports in the range every document and Set-FaxPort accept (rings 0 to 99 are; all of these 0 to 9).
  writeStateFile(stateFile, [{ name: 'local', ports: generatedPorts(4) }, ...servers.map((name, i) => ({ name, ports: generatedPorts(PORTS, 0x10001 + i * 0x10000) }))]);
  const file = path.join(dir, 'bench.ps1');
  writeFileSync(file, script(Math.min(runs, MAX_RUNS), dir, servers));
  const explicit = process.env['FAXBRIDGE_PWSH'];
  const [command, prefix] = explicit ? [explicit, []] : ['dotnet', ['tool', 'run', 'pwsh', '--']];
  const result = spawnSync(command, [...prefix, '-NoProfile', '-NonInteractive', '-File', file], {
    cwd: packageRoot(),
    env: { ...env, [STATE_ENV]: stateFile, NO_COLOR: '1', TERM: 'dumb' },
    encoding: 'utf8',
    timeout: 900_000,
  });
  const last = (result.stdout ?? '').trim().split('\n').pop() ?? '';
  let samples: Samples;
  try {
    samples = JSON.parse(last) as Samples;
  } catch {
    throw new Error(`the configuration benchmark printed no figures (exit ${result.status}): ${result.stderr || result.stdout}`);
  }
  return {
    pwsh_import_noop_ms: summarize(samples.noop),
    pwsh_noop_loop_ms: summarize(samples.noop_loop),
    pwsh_import_changes_ms: summarize(samples.import),
    pwsh_import_loop_ms: summarize(samples.import_loop),
  };
}
