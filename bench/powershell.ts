// PowerShell figures, each beside its floor, measured in one warm pwsh session:
// - a warm Get-FaxPort -DeviceId round trip beside the same pwsh round trip to a child process
//   that only echoes one JSON line (the cost of the pipe itself), and beside the cmdlet floor:
//   an advanced function with Get-FaxPort's parameters that sends the sidecar's very reply to
//   that echoing child, reads it back, parses it with the parser the module uses and writes the
//   one port with its type name (the least any cmdlet over a pipe can do);
// - Get-FaxPort over N ports beside turning the very same JSON payload into the same typed
//   objects in that pwsh (ConvertFrom-Json plus the type name), with no sidecar. The payload is
//   the one the module receives: PowerShell's property names, asked for by the same handshake.
//   Beside that floor, for information, the same work with the type name inserted through
//   pstypenames, the cheapest way PowerShell offers (the floor's PSObject.TypeNames costs ~28 µs
//   per port object); it is no target's reference.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rawReply } from './module-reply.js';
import { MODULE_MANIFEST, runPwsh } from '../test/helpers/pwsh.js';
import { type Summary, summarize } from './stats.js';
import { SIZES, serverFor } from './world.js';

const ECHO_CHILD =
  "process.stdin.setEncoding('utf8');let b='';process.stdin.on('data',d=>{b+=d;let i;" +
  "while((i=b.indexOf('\\n'))>=0){process.stdout.write(b.slice(0,i+1));b=b.slice(i+1);}})";

function script(runs: number, payloads: Record<number, string>, requestLine: string, replyLine: string): string {
  const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
  const sizes = Object.keys(payloads).join(',');
  return `
$ErrorActionPreference = 'Stop'
Import-Module ${quote(MODULE_MANIFEST)}
# Each figure beside its floor, sample by sample in turn: both then run as warm, and as far into
# the session's compilation and garbage collection, as each other.
function Measure-Interleaved([System.Collections.Specialized.OrderedDictionary] $Actions, [int] $Count) {
  foreach ($action in $Actions.Values) { for ($i = 0; $i -lt 3; $i++) { & $action } }
  $samples = [ordered]@{}
  foreach ($name in $Actions.Keys) { $samples[$name] = New-Object 'System.Collections.Generic.List[double]' }
  for ($i = 0; $i -lt $Count; $i++) {
    foreach ($name in $Actions.Keys) {
      $action = $Actions[$name]
      $watch = [Diagnostics.Stopwatch]::StartNew(); & $action; $watch.Stop()
      $samples[$name].Add($watch.Elapsed.TotalMilliseconds)
    }
  }
  $arrays = @{}
  foreach ($name in $samples.Keys) { $arrays[$name] = $samples[$name].ToArray() }
  $arrays
}
$result = @{}

$info = New-Object System.Diagnostics.ProcessStartInfo
$info.FileName = (Get-Command node -CommandType Application | Select-Object -First 1).Source
$info.ArgumentList.Add('-e'); $info.ArgumentList.Add(${quote(ECHO_CHILD)})
$info.UseShellExecute = $false; $info.RedirectStandardInput = $true; $info.RedirectStandardOutput = $true
$echo = [System.Diagnostics.Process]::Start($info)
$writer = New-Object System.IO.StreamWriter($echo.StandardInput.BaseStream, (New-Object System.Text.UTF8Encoding($false)))
$writer.AutoFlush = $true; $writer.NewLine = "\`n"
$line = ${quote(requestLine)}
$reply = ${quote(replyLine)}
function Get-FaxBenchFloor {
  [CmdletBinding(DefaultParameterSetName = 'All', PositionalBinding = $false)]
  [OutputType('FaxBridge.Port')]
  param(
    [Parameter(ParameterSetName = 'ByName', Position = 0)] [SupportsWildcards()] [ValidateNotNullOrEmpty()] [string[]] $Name,
    [Parameter(ParameterSetName = 'ByDeviceId', Mandatory = $true, ValueFromPipelineByPropertyName = $true)] [uint32[]] $DeviceId,
    [Parameter(ValueFromPipelineByPropertyName = $true)] [Alias('Server', 'CN')] [ValidateNotNullOrEmpty()] [string[]] $ComputerName = @(''),
    [Parameter(ValueFromPipelineByPropertyName = $true)] [ValidateSet('WinFax', 'ComEx')] [string] $Backend
  )
  process {
    $writer.WriteLine($reply)
    $problem = $null
    $port = [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson($echo.StandardOutput.ReadLine(), [ref]$problem).result
    $port.pstypenames.Insert(0, 'FaxBridge.Port')
    $PSCmdlet.WriteObject($port)
  }
}
$three = Measure-Interleaved ([ordered]@{
  get = { $null = Get-FaxPort -DeviceId 65537 }
  ipc = { $writer.WriteLine($line); $null = $echo.StandardOutput.ReadLine() }
  cmdlet = { $null = Get-FaxBenchFloor -DeviceId 65537 }
}) ${runs}
$result.get = $three.get; $result.ipc = $three.ipc; $result.cmdlet = $three.cmdlet
$writer.Close(); $echo.WaitForExit()

$result.list = @{}; $result.floor = @{}; $result.tight = @{}
foreach ($n in @(${sizes})) {
  $server = 'BENCH' + $n
  $payload = [IO.File]::ReadAllText((Join-Path ${quote(os.tmpdir())} "faxbridge-bench-payload-$n.json"))
  $three = Measure-Interleaved ([ordered]@{
    list = { $null = Get-FaxPort -ComputerName $server }
    floor = { $o = ConvertFrom-Json $payload; foreach ($p in $o.result) { $p.PSObject.TypeNames.Insert(0, 'FaxBridge.Port') } }
    tight = { $o = ConvertFrom-Json $payload; foreach ($p in $o.result) { $p.pstypenames.Insert(0, 'FaxBridge.Port') } }
  }) ${runs}
  $result.list["$n"] = $three.list; $result.floor["$n"] = $three.floor; $result.tight["$n"] = $three.tight
}
$result | ConvertTo-Json -Compress -Depth 5
`;
}

type Samples = { get: number[]; ipc: number[]; cmdlet: number[]; list: Record<string, number[]>; floor: Record<string, number[]>; tight: Record<string, number[]> };

export async function powershellFigures(runs: number, env: NodeJS.ProcessEnv): Promise<Record<string, Summary | Record<string, Summary>>> {
  const payloads: Record<number, string> = {};
  for (const size of SIZES) {
    payloads[size] = await rawReply(env, 'port.list', { server: serverFor(size) });
    writeFileSync(path.join(os.tmpdir(), `faxbridge-bench-payload-${size}.json`), payloads[size]);
  }
  const requestLine = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'port.get', params: { deviceId: 65537 } });
  const replyLine = await rawReply(env, 'port.get', { deviceId: 65537 });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-bench-pwsh-'));
  const file = path.join(dir, 'bench.ps1');
  writeFileSync(file, script(runs, payloads, requestLine, replyLine));
  const result = runPwsh(`& '${file}'`, env);
  const last = result.stdout.trim().split('\n').pop() ?? '';
  let samples: Samples;
  try {
    samples = JSON.parse(last) as Samples;
  } catch {
    throw new Error(`the PowerShell benchmark printed no figures (exit ${result.status}): ${result.stderr || result.stdout}`);
  }
  const perSize = (source: Record<string, number[]>): Record<string, Summary> =>
    Object.fromEntries(Object.entries(source).map(([n, values]) => [n, summarize(values)]));
  return {
    pwsh_get_port_ms: summarize(samples.get),
    pwsh_ipc_floor_ms: summarize(samples.ipc),
    pwsh_cmdlet_floor_ms: summarize(samples.cmdlet),
    pwsh_list_ms: perSize(samples.list),
    pwsh_floor_ms: perSize(samples.floor),
    pwsh_floor_pstypenames_ms: perSize(samples.tight),
  };
}
