#!/usr/bin/env node
// Restores Pester (the version test/powershell/pester/Pester.proj names) from NuGet into
// build/pester/packages/, where test/powershell/Invoke-FaxPester.ps1 imports it. NuGet is the
// only registry reached; a second run finds the package in place and takes about a second.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.join(root, 'test', 'powershell', 'pester', 'Pester.proj');
const result = spawnSync('dotnet', ['restore', project, '--nologo', '-v', 'quiet'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (result.error) {
  console.error(`faxbridge: cannot restore Pester: dotnet did not start (${result.error.message}); the PowerShell tests need the .NET SDK`);
  process.exit(1);
}
if (result.status !== 0) {
  process.stdout.write(result.stdout);
  console.error(`faxbridge: dotnet restore ${path.relative(root, project)} failed`);
  process.exit(1);
}
