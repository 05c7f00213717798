// Builds the host's FaxBridge package for the installed-package tests, and runs a PowerShell in
// which nothing of the repository is reachable: HOME, the XDG folders and the current directory
// in a temporary folder, and PATH holding only the .NET host that runs pwsh.
import { spawnSync } from 'node:child_process';
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/winfax/library-path.js';

/**
 * What the package is built from. A digest of their contents, not their times: the build step
 * before `npm test` rewrites dist/ with the same bytes.
 */
const INPUTS = ['dist/src', 'powershell', 'module.psd1', 'package.json', 'package-lock.json', 'build/simulator', 'scripts/package', 'scripts/package-module.mjs'];

function digestInto(hash: Hash, file: string): void {
  if (statSync(file).isDirectory()) {
    for (const entry of readdirSync(file).sort()) digestInto(hash, path.join(file, entry));
    return;
  }
  hash.update(file).update('\0').update(readFileSync(file)).update('\0');
}

function inputsDigest(root: string): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) digestInto(hash, path.join(root, input));
  return hash.digest('hex');
}

export interface BuiltPackage {
  readonly nupkg: string;
  readonly version: string;
  /** Whether this call built it (false: an up-to-date build was reused). */
  readonly built: boolean;
}

/** `npm run package -- --platform <platform>` into build/package-test/, unless built from the same inputs. */
export function buildHostPackage(platform: string): BuiltPackage {
  const root = packageRoot();
  const out = path.join(root, 'build', 'package-test');
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const nupkg = path.join(out, platform, `FaxBridge.${version}.nupkg`);
  const digestFile = path.join(out, platform, 'inputs.sha256');
  const digest = inputsDigest(root);
  if (existsSync(nupkg) && existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest) return { nupkg, version, built: false };
  const result = spawnSync(process.execPath, ['scripts/package-module.mjs', '--platform', platform, '--out', out], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  writeFileSync(digestFile, digest);
  return { nupkg, version, built: true };
}

export interface IsolatedPwsh {
  /** The program and the arguments before pwsh's own. */
  readonly command: readonly [string, readonly string[]];
  /** The only folder on PATH. */
  readonly pathDir: string;
}

/**
 * pwsh without the .NET local tool's lookup (which needs the repository's tool manifest): the
 * tool's pwsh.dll run by the dotnet host, or FAXBRIDGE_PWSH.
 */
export function isolatedPwsh(): IsolatedPwsh {
  const explicit = process.env['FAXBRIDGE_PWSH'];
  if (explicit) return { command: [explicit, []], pathDir: path.dirname(realpathSync(explicit)) };
  const home = spawnSync('dotnet', ['tool', 'run', 'pwsh', '--', '-NoProfile', '-NonInteractive', '-Command', '$PSHOME'], { cwd: packageRoot(), encoding: 'utf8' });
  const psHome = home.stdout.trim();
  if (home.status !== 0 || !existsSync(path.join(psHome, 'pwsh.dll'))) throw new Error(`could not find the pwsh tool (run "dotnet tool restore"): ${home.stderr}`);
  const dotnet = realpathSync(spawnSync('sh', ['-c', 'command -v dotnet'], { encoding: 'utf8' }).stdout.trim());
  return { command: [dotnet, [path.join(psHome, 'pwsh.dll')]], pathDir: path.dirname(dotnet) };
}

export interface Sandbox {
  readonly root: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** The environment of a user with an empty profile: only what pwsh needs, all under `root`. */
export function sandbox(root: string, pwsh: IsolatedPwsh): Sandbox {
  const dirs = { HOME: 'home', XDG_DATA_HOME: 'home/.local/share', XDG_CONFIG_HOME: 'home/.config', XDG_CACHE_HOME: 'home/.cache', XDG_STATE_HOME: 'home/.local/state', TMPDIR: 'tmp' };
  const env: NodeJS.ProcessEnv = { PATH: pwsh.pathDir, TERM: 'dumb', NO_COLOR: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
  for (const [name, relative] of Object.entries(dirs)) {
    const dir = path.join(root, relative);
    // .NET answers "" for a special folder that does not exist, and PSResourceGet then writes
    // its settings into the current directory.
    mkdirSync(dir, { recursive: true });
    env[name] = dir;
  }
  const cwd = path.join(root, 'work');
  mkdirSync(cwd, { recursive: true });
  return { root, cwd, env };
}

export interface PwshRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runIsolated(pwsh: IsolatedPwsh, box: Sandbox, script: string, extraEnv: NodeJS.ProcessEnv = {}): PwshRun {
  const [file, prefix] = pwsh.command;
  const result = spawnSync(file, [...prefix, '-NoProfile', '-NonInteractive', '-Command', script], { cwd: box.cwd, env: { ...box.env, ...extraEnv }, encoding: 'utf8', timeout: 180_000 });
  if (result.error) throw new Error(`could not run PowerShell (${file}): ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON object the script's last line printed. */
export function lastJson<T>(run: PwshRun): T {
  const lines = run.stdout.trim().split('\n');
  try {
    return JSON.parse(lines[lines.length - 1] ?? '') as T;
  } catch {
    throw new Error(`PowerShell did not print JSON (exit ${run.status}).\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}
