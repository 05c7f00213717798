// The .nupkg: made by PSResourceGet's own Publish-PSResource into a throwaway local repository,
// so the package is exactly what Install-PSResource expects. The repository is registered under
// temporary XDG folders (where PSResourceGet keeps its settings), leaving the user's alone.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function quote(text) {
  return `'${text.replaceAll("'", "''")}'`;
}

export function pwshCommand() {
  const explicit = process.env.FAXBRIDGE_PWSH;
  return explicit ? [explicit, []] : ['dotnet', ['tool', 'run', 'pwsh', '--']];
}

/**
 * XDG folders under `base`, created: .NET answers "" for a special folder that does not exist,
 * and PSResourceGet then writes its settings into the current directory.
 */
export function temporaryXdg(base) {
  const env = { XDG_DATA_HOME: path.join(base, 'data'), XDG_CONFIG_HOME: path.join(base, 'config'), XDG_CACHE_HOME: path.join(base, 'cache') };
  for (const dir of Object.values(env)) mkdirSync(dir, { recursive: true });
  return env;
}

export function writeNupkg(root, moduleDir, destinationDir) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-publish-'));
  try {
    const repository = path.join(scratch, 'repository');
    const script = [
      "$ErrorActionPreference = 'Stop'",
      `$null = New-Item -ItemType Directory -Path ${quote(repository)}`,
      `Register-PSResourceRepository -Name FaxBridgePackage -Uri ${quote(repository)} -Trusted`,
      `Publish-PSResource -Path ${quote(moduleDir)} -Repository FaxBridgePackage`,
    ].join('; ');
    const [file, prefix] = pwshCommand();
    const env = { ...process.env, ...temporaryXdg(scratch) };
    // The .NET local tool manifest is found from the repository root.
    const result = spawnSync(file, [...prefix, '-NoProfile', '-NonInteractive', '-Command', script], { cwd: root, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`Publish-PSResource failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    const [nupkg] = readdirSync(repository).filter((name) => name.endsWith('.nupkg'));
    if (!nupkg) throw new Error('Publish-PSResource wrote no .nupkg');
    const destination = path.join(destinationDir, nupkg);
    copyFileSync(path.join(repository, nupkg), destination);
    return destination;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
