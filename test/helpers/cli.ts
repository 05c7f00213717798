// Runs the built faxbridge CLI in a child process, as a user would.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../../src/winfax/library-path.js';

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const CLI = path.join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The error a --json run wrote to stderr: { error: { type, message, api?, win32Code?, … } }. */
export function jsonError(result: CliResult): Record<string, unknown> {
  const report = JSON.parse(result.stderr) as { error?: Record<string, unknown> };
  if (!report.error) throw new Error(`stderr holds no JSON error: ${result.stderr}`);
  return report.error;
}
