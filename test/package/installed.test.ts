// The packaged module as a user gets it: built for this platform, published to a local
// PSResourceGet repository, installed with Install-PSResource into an empty profile, and used
// from a folder outside the repository with no node on PATH.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { packageRoot } from '../../src/winfax/library-path.js';
import { buildHostPackage, isolatedPwsh, lastJson, runIsolated, sandbox, type IsolatedPwsh, type Sandbox } from '../helpers/package.js';

const PLATFORM = `${process.platform}-${process.arch}`;

/** FunctionsToExport of the repository's module.psd1, sorted. */
function exportedFunctions(): string[] {
  const manifest = readFileSync(path.join(packageRoot(), 'module.psd1'), 'utf8');
  const list = /FunctionsToExport\s*=\s*@\(([^)]*)\)/.exec(manifest)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '').sort();
}

interface Installed {
  ModuleBase: string;
  Version: string;
  Functions: string[];
  PSModulePath: string[];
  NodeOnPath: number;
}

interface Used {
  ModuleBase: string;
  Ports: { DeviceId: number; Name: string; Rings: number }[];
  Changed: { DeviceId: number; Rings: number; TypeName: string };
  Reread: number;
  Help: string;
  Sidecars: { Path: string; CommandLine: string[]; MappedFiles: string[]; Cwd: string }[];
  PwshFiles: string[];
  SidecarsAfterRemove: number;
}

describe(`installed package: Install-PSResource FaxBridge (${PLATFORM})`, function () {
  this.timeout(300_000);
  const repository = realpathSync(packageRoot());
  let pwsh: IsolatedPwsh;
  let box: Sandbox;
  let version: string;

  before(function () {
    if (PLATFORM !== 'linux-x64') throw new Error(`the installed-package test runs on linux-x64 (the host platform CI uses), not ${PLATFORM}`);
    const built = buildHostPackage(PLATFORM);
    version = built.version;
    pwsh = isolatedPwsh();
    box = sandbox(mkdtempSync(path.join(os.tmpdir(), 'faxbridge-installed-')), pwsh);
    const feed = path.join(box.root, 'feed');
    mkdirSync(feed);
    copyFileSync(built.nupkg, path.join(feed, path.basename(built.nupkg)));
    const install = runIsolated(pwsh, box, [
      "$ErrorActionPreference = 'Stop'",
      `Register-PSResourceRepository -Name LocalFeed -Uri '${feed}'`,
      'Install-PSResource FaxBridge -Repository LocalFeed -Scope CurrentUser -TrustRepository',
      '$m = Get-Module -ListAvailable FaxBridge',
      "$tested = Test-ModuleManifest (Join-Path $m.ModuleBase 'FaxBridge.psd1')",
      "[pscustomobject]@{ ModuleBase = $m.ModuleBase; Version = [string]$m.Version; Functions = @($tested.ExportedFunctions.Keys | Sort-Object); PSModulePath = @($env:PSModulePath -split [IO.Path]::PathSeparator); NodeOnPath = @(Get-Command node -CommandType Application -ErrorAction SilentlyContinue).Count } | ConvertTo-Json -Compress",
    ].join('\n'));
    expect(install.status, install.stderr).to.equal(0);
    installed = lastJson<Installed>(install);
  });
  let installed: Installed;

  after(function () {
    if (box) rmSync(box.root, { recursive: true, force: true });
  });

  it('installs into the user\'s module folder of the empty profile, at package.json\'s version, passing Test-ModuleManifest, with no node on PATH', function () {
    expect(box.root.startsWith(repository)).to.equal(false);
    expect(installed.ModuleBase).to.equal(path.join(box.env['XDG_DATA_HOME'] ?? '', 'powershell', 'Modules', 'FaxBridge', version));
    expect(installed.Version).to.equal(version);
    expect([...installed.Functions].sort()).to.deep.equal(exportedFunctions());
    expect(installed.NodeOnPath).to.equal(0);
    for (const entry of installed.PSModulePath) expect(entry, 'a PSModulePath entry').not.to.contain(repository);
  });

  it('imports by name and runs Get-FaxPort, Set-FaxPort -PassThru and Get-Help about_FaxBridge on its own node and sidecar', function () {
    const run = runIsolated(pwsh, box, [
      "$ErrorActionPreference = 'Stop'",
      'Import-Module FaxBridge',
      '$ports = @(Get-FaxPort)',
      "$changed = Get-FaxPort -Name 'USRobotics 56K Voice' | Set-FaxPort -Rings 7 -PassThru",
      '$reread = (Get-FaxPort -DeviceId 65538).Rings',
      '$help = Get-Help about_FaxBridge | Out-String',
      // The sidecar is the child process this pwsh started; what it runs and maps must all be
      // inside the installed module.
      '$sidecars = @(Get-Process | Where-Object { $_.Parent -and $_.Parent.Id -eq $PID } | ForEach-Object {',
      "  [pscustomobject]@{ Path = $_.Path; CommandLine = @(([IO.File]::ReadAllText(\"/proc/$($_.Id)/cmdline\")).TrimEnd([char]0) -split [char]0);",
      "    MappedFiles = @(Get-Content \"/proc/$($_.Id)/maps\" | ForEach-Object { ($_ -split '\\s+', 6)[5] } | Where-Object { $_ -like '/*' } | Sort-Object -Unique);",
      "    Cwd = (Get-Item \"/proc/$($_.Id)/cwd\").Target } })",
      "$pwshFiles = @(Get-Content \"/proc/$PID/maps\" | ForEach-Object { ($_ -split '\\s+', 6)[5] } | Where-Object { $_ -like '/*' } | Sort-Object -Unique) + @(Get-Module | ForEach-Object Path)",
      '$base = (Get-Module FaxBridge).ModuleBase',
      'Remove-Module FaxBridge',
      'Start-Sleep -Milliseconds 500',
      '$after = @(Get-Process | Where-Object { $_.Parent -and $_.Parent.Id -eq $PID }).Count',
      '[pscustomobject]@{ ModuleBase = $base; Ports = @($ports | Select-Object DeviceId, Name, Rings); Changed = [pscustomobject]@{ DeviceId = $changed.DeviceId; Rings = $changed.Rings; TypeName = $changed.PSObject.TypeNames[0] };',
      '  Reread = $reread; Help = $help; Sidecars = $sidecars; PwshFiles = $pwshFiles; SidecarsAfterRemove = $after } | ConvertTo-Json -Compress -Depth 4',
    ].join('\n'));
    expect(run.status, run.stderr).to.equal(0);
    const used = lastJson<Used>(run);

    expect(used.ModuleBase).to.equal(installed.ModuleBase);
    expect(used.Ports.map((port) => port.DeviceId)).to.deep.equal([65537, 65538, 65539, 65540]);
    expect(used.Changed).to.deep.equal({ DeviceId: 65538, Rings: 7, TypeName: 'FaxBridge.Port' });
    expect(used.Reread).to.equal(7);
    expect(used.Help).to.contain('about_FaxBridge').and.contain('Administer the fax devices of Windows fax servers from PowerShell.');

    expect(used.Sidecars).to.have.length(1);
    const [sidecar] = used.Sidecars;
    expect(sidecar?.Path).to.equal(path.join(installed.ModuleBase, 'runtime', 'node'));
    expect(sidecar?.CommandLine.slice(1)).to.deep.equal([path.join(installed.ModuleBase, 'sidecar', 'dist', 'src', 'cli', 'main.js'), 'serve']);
    expect(sidecar?.Cwd).to.equal(box.cwd);
    const mapped = sidecar?.MappedFiles ?? [];
    expect(mapped).to.include(path.join(installed.ModuleBase, 'sidecar', 'node_modules', '@koromix', 'koffi-linux-x64', 'linux_x64', 'koffi.node'));
    expect(mapped).to.include(path.join(installed.ModuleBase, 'sidecar', 'build', 'simulator', 'libwinfaxsim.so'));
    for (const file of [...mapped, ...used.PwshFiles]) expect(file, 'a file loaded by pwsh or the sidecar').not.to.contain(repository);
    expect(used.SidecarsAfterRemove).to.equal(0);
  });

  it('runs the node FAXBRIDGE_NODE names instead of its own, and refuses a sidecar of another protocol version', function () {
    // A stand-in for node that answers the handshake as a sidecar of protocol 2 would.
    const fake = path.join(box.root, 'other-node');
    writeFileSync(fake, '#!/bin/sh\nread line\necho \'{"jsonrpc":"2.0","id":0,"result":{"protocolVersion":2,"packageVersion":"9.0.0"}}\'\ncat >/dev/null\n');
    chmodSync(fake, 0o755);
    const run = runIsolated(pwsh, box, [
      'Import-Module FaxBridge',
      'try { Get-FaxPort -ErrorAction Stop; $message = $null } catch { $message = $_.Exception.Message }',
      '[pscustomobject]@{ Message = $message } | ConvertTo-Json -Compress',
    ].join('\n'), { FAXBRIDGE_NODE: fake, PATH: `${box.env['PATH']}:/bin` });
    const { Message } = lastJson<{ Message: string | null }>(run);
    expect(Message).to.equal(
      `The FaxBridge sidecar ${path.join(installed.ModuleBase, 'sidecar', 'dist', 'src', 'cli', 'main.js')} (FaxBridge 9.0.0) speaks protocol 2, but this module (FaxBridge ${version}) speaks protocol 1: reinstall the module so that both come from the same version.`,
    );
  });

  it('uninstalls with Uninstall-PSResource, leaving no module behind', function () {
    const run = runIsolated(pwsh, box, [
      "$ErrorActionPreference = 'Stop'",
      'Uninstall-PSResource FaxBridge -Scope CurrentUser',
      `[pscustomobject]@{ Available = @(Get-Module -ListAvailable FaxBridge).Count; Folder = Test-Path -LiteralPath '${installed.ModuleBase}' } | ConvertTo-Json -Compress`,
    ].join('\n'));
    expect(run.status, run.stderr).to.equal(0);
    expect(lastJson<{ Available: number; Folder: boolean }>(run)).to.deep.equal({ Available: 0, Folder: false });
  });
});
