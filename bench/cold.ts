// Cold-path figures: whole new processes, each beside its floor, taken in turn (one sample of
// every process of a group, then the next round), so that all of a group see the same load.
// - node: `node -e 0` (the floor), the sidecar from spawn to its handshake reply, and
//   `faxbridge port list` (with and without --json) to exit.
// - pwsh, whole processes: a new pwsh importing a module with one empty function (the floor),
//   beside a new pwsh importing FaxBridge and listing the ports, from the repository's
//   module.psd1 and from the package installed with Install-PSResource into a temporary folder.
// - pwsh, Import-Module alone: in a new pwsh that has first run a few commands (and imported
//   another module), the time Import-Module takes, for the empty module and for FaxBridge.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../src/winfax/library-path.js';
import { CLI } from '../test/helpers/cli.js';
import { MODULE_MANIFEST, runPwsh } from '../test/helpers/pwsh.js';
import { type Summary, elapsedMs, summarize } from './stats.js';

/** One kind of process a group times: how to start it, and when it counts as done. */
interface Sample {
  readonly file: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Written to stdin at start (the sidecar's handshake); stdin is closed otherwise. */
  readonly input?: string;
  /** `exit` (default): until the process exits; `reply`: until its first output. */
  readonly until?: 'exit' | 'reply';
  /** The figure is a number the process prints as its last line, not the wall time. */
  readonly printsFigure?: boolean;
}

function runOnce(sample: Sample): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(sample.file, [...sample.args], { env: sample.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let replied: number | undefined;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      stdout += text;
      if (sample.until === 'reply' && replied === undefined) {
        replied = elapsedMs(start);
        child.stdin.end();
      }
    });
    child.stderr.on('data', (text: string) => (stderr += text));
    if (sample.input) child.stdin.write(sample.input);
    else child.stdin.end();
    child.once('error', reject);
    child.once('close', (code) => {
      const wall = elapsedMs(start);
      if (code !== 0) {
        reject(new Error(`${path.basename(sample.file)} ${sample.args.join(' ')} exited with ${code}: ${stderr || stdout}`));
      } else if (sample.printsFigure) {
        const figure = Number(stdout.trim().split('\n').pop());
        if (!Number.isFinite(figure)) reject(new Error(`${sample.args.join(' ')} printed no figure: ${stdout} ${stderr}`));
        else resolve(figure);
      } else {
        resolve(sample.until === 'reply' ? (replied ?? wall) : wall);
      }
    });
  });
}

/** Every sample of the group once per round, `warmup` rounds unmeasured, then `runs` rounds. */
export async function inTurn(runs: number, group: Record<string, Sample>, warmup = 1): Promise<Record<string, Summary>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(group).map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round += 1) {
    for (const [name, sample] of Object.entries(group)) {
      const ms = await runOnce(sample);
      if (round >= warmup) samples[name]?.push(ms);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, summarize(values)]));
}

/** node's start, the sidecar's and the CLI's, in turn. */
export async function nodeColdFigures(runs: number, env: NodeJS.ProcessEnv): Promise<Record<string, Summary>> {
  const node = process.execPath;
  return inTurn(runs, {
    node_floor_ms: { file: node, args: ['-e', '0'], env },
    sidecar_cold_ms: { file: node, args: [CLI, 'serve'], env, input: '{"jsonrpc":"2.0","id":1,"method":"handshake"}\n', until: 'reply' },
    cli_cold_list_ms: { file: node, args: [CLI, 'port', 'list'], env },
    cli_cold_list_json_ms: { file: node, args: [CLI, 'port', 'list', '--json'], env },
  });
}

/** The pwsh program itself (not `dotnet tool run`, whose own start would blur every figure). */
function pwshHost(env: NodeJS.ProcessEnv): { file: string; prefix: string[] } {
  const explicit = process.env['FAXBRIDGE_PWSH'];
  if (explicit) return { file: explicit, prefix: [] };
  const found = runPwsh("(Get-Process -Id $PID).Path; Join-Path $PSHOME 'pwsh.dll'", env);
  const [hostPath, dll] = found.stdout.trim().split('\n').map((line) => line.trim());
  if (found.status !== 0 || !hostPath || !dll) throw new Error(`could not find the pwsh host: ${found.stderr}`);
  return path.basename(hostPath).startsWith('pwsh') ? { file: hostPath, prefix: [] } : { file: hostPath, prefix: [dll] };
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The floor's module: a manifest and a .psm1 with one empty function. */
function writeEmptyModule(dir: string, name: string): string {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${name}.psm1`), `function Get-${name} { [CmdletBinding()] param() }\n`);
  writeFileSync(
    path.join(folder, `${name}.psd1`),
    `@{ RootModule = '${name}.psm1'; ModuleVersion = '1.0.0'; GUID = '${crypto.randomUUID()}'; FunctionsToExport = @('Get-${name}'); CmdletsToExport = @(); VariablesToExport = @(); AliasesToExport = @() }\n`,
  );
  return path.join(folder, `${name}.psd1`);
}

/** The linux-x64 package, built (or reused) and installed with Install-PSResource into a
 * temporary profile, as a user installs it; returns the environment whose pwsh finds it. */
function installPackage(env: NodeJS.ProcessEnv, sandbox: string, host: { file: string; prefix: string[] }): NodeJS.ProcessEnv {
  const root = packageRoot();
  const out = path.join(root, 'build', 'package-test');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'package-module.mjs'), '--platform', 'linux-x64', '--out', out, '--reuse'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run package failed: ${built.stderr || built.stdout}`);
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const feed = path.join(sandbox, 'feed');
  mkdirSync(feed, { recursive: true });
  copyFileSync(path.join(out, 'linux-x64', `FaxBridge.${version}.nupkg`), path.join(feed, `FaxBridge.${version}.nupkg`));
  const profile: NodeJS.ProcessEnv = { ...env };
  delete profile['PSModulePath'];
  for (const [name, sub] of [['HOME', 'home'], ['XDG_DATA_HOME', 'home/.local/share'], ['XDG_CONFIG_HOME', 'home/.config'], ['XDG_CACHE_HOME', 'home/.cache']] as const) {
    const dir = path.join(sandbox, sub);
    mkdirSync(dir, { recursive: true });
    profile[name] = dir;
  }
  // The pwsh host itself: `dotnet tool run` looks for its tools under HOME, which is the sandbox's.
  const script =
    `$ErrorActionPreference = 'Stop'; Register-PSResourceRepository -Name LocalFeed -Uri ${quote(feed)}; ` +
    `Install-PSResource FaxBridge -Repository LocalFeed -Scope CurrentUser -TrustRepository; (Get-Module -ListAvailable FaxBridge).ModuleBase`;
  const installed = spawnSync(host.file, [...host.prefix, '-NoProfile', '-NonInteractive', '-Command', script], { env: profile, encoding: 'utf8', timeout: 120_000 });
  if (installed.status !== 0 || !installed.stdout.trim()) throw new Error(`Install-PSResource failed: ${installed.stderr || installed.stdout}`);
  return profile;
}

export interface PwshColdSetup {
  readonly host: { file: string; prefix: string[] };
  readonly emptyModule: string;
  readonly warmupModule: string;
  readonly packageEnv: NodeJS.ProcessEnv;
}

export function preparePwshCold(env: NodeJS.ProcessEnv): PwshColdSetup {
  const sandbox = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-bench-cold-'));
  const host = pwshHost(env);
  return {
    host,
    emptyModule: writeEmptyModule(sandbox, 'FaxBenchEmpty'),
    warmupModule: writeEmptyModule(sandbox, 'FaxBenchWarmup'),
    packageEnv: installPackage(env, path.join(sandbox, 'profile'), host),
  };
}

/** New pwsh processes: the empty module beside FaxBridge's first listing (repository and package). */
export async function pwshColdFigures(runs: number, env: NodeJS.ProcessEnv, setup: PwshColdSetup): Promise<Record<string, Summary>> {
  const pwsh = (command: string, processEnv: NodeJS.ProcessEnv): Sample => ({
    file: setup.host.file,
    args: [...setup.host.prefix, '-NoProfile', '-NonInteractive', '-Command', command],
    env: { ...processEnv, NO_COLOR: '1', TERM: 'dumb' },
  });
  return inTurn(runs, {
    pwsh_cold_empty_module_ms: pwsh(`Import-Module ${quote(setup.emptyModule)}`, env),
    pwsh_cold_first_list_ms: pwsh(`Import-Module ${quote(MODULE_MANIFEST)}; $null = Get-FaxPort`, env),
    pwsh_cold_first_list_package_ms: pwsh('Import-Module FaxBridge; $null = Get-FaxPort', setup.packageEnv),
  });
}

/** Import-Module alone, in a pwsh that has already run commands and imported another module. */
export async function pwshImportFigures(runs: number, env: NodeJS.ProcessEnv, setup: PwshColdSetup): Promise<Record<string, Summary>> {
  const timed = (module: string, processEnv: NodeJS.ProcessEnv): Sample => ({
    file: setup.host.file,
    args: [
      ...setup.host.prefix,
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      `Import-Module ${quote(setup.warmupModule)}; $null = Get-ChildItem; $null = 1..10 | ForEach-Object { $_ } | Where-Object { $_ } | Sort-Object; ` +
        `$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module ${module}; $w.Stop(); $w.Elapsed.TotalMilliseconds`,
    ],
    env: { ...processEnv, NO_COLOR: '1', TERM: 'dumb' },
    printsFigure: true,
  });
  return inTurn(runs, {
    pwsh_import_empty_module_ms: timed(quote(setup.emptyModule), env),
    pwsh_import_ms: timed(quote(MODULE_MANIFEST), env),
    pwsh_import_package_ms: timed('FaxBridge', setup.packageEnv),
  });
}
