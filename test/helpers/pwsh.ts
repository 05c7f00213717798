// Runs real PowerShell 7 (the .NET local tool from .config/dotnet-tools.json, or FAXBRIDGE_PWSH).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../src/winfax/library-path.js';

export const MODULE_MANIFEST = path.join(packageRoot(), 'module.psd1');

export interface PwshResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function command(): [string, string[]] {
  const explicit = process.env['FAXBRIDGE_PWSH'];
  return explicit ? [explicit, []] : ['dotnet', ['tool', 'run', 'pwsh', '--']];
}

/** Runs `script` in a new `pwsh -NoProfile` from the repository root. */
export function runPwsh(script: string, env: NodeJS.ProcessEnv): PwshResult {
  const [file, prefix] = command();
  const result = spawnSync(file, [...prefix, '-NoProfile', '-NonInteractive', '-Command', script], {
    cwd: packageRoot(),
    env: { ...env, NO_COLOR: '1', TERM: 'dumb' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.error) throw new Error(`could not run PowerShell (${file}): ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `script` after importing the module, and parses the JSON its last line prints. */
export function pwshJson<T>(script: string, env: NodeJS.ProcessEnv): T {
  const result = runPwsh(`$ErrorActionPreference = 'Stop'; Import-Module '${MODULE_MANIFEST}'; ${script}`, env);
  const lines = result.stdout.trim().split('\n');
  const last = lines[lines.length - 1] ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`PowerShell did not print JSON (exit ${result.status}).\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  }
}
