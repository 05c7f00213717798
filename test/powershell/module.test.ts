// The FaxBridge module in a real PowerShell 7, against the simulator, through the real sidecar.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { packageRoot } from '../../src/winfax/library-path.js';
import { standardServers } from '../helpers/fixtures.js';
import { MODULE_MANIFEST, pwshJson, runPwsh } from '../helpers/pwsh.js';
import { useSimulator } from '../helpers/simulator.js';
import { STAND_IN_ENV } from '../../src/comex/session.js';

interface Port {
  DeviceId: number;
  Name: string;
  Rings: number;
  Tsid: string;
  ComputerName: string;
  TypeName: string;
}

describe('PowerShell module: FaxBridge in pwsh', function () {
  this.timeout(120_000);
  const sim = useSimulator(() => [
    ...standardServers(),
    { name: 'SLOWSRV', latencyMs: 4000, ports: [{ deviceId: 90001, name: 'Slow line', flags: 3, rings: 1, priority: 1, state: 'AVAILABLE', tsid: 'S', csid: 'S' }] },
  ]);

  it('lists the ports as a table, and pipes Get-FaxPort into Set-FaxPort -PassThru; a new pwsh sees the change', function () {
    const table = runPwsh(`Import-Module '${MODULE_MANIFEST}'; Get-FaxPort | Format-Table | Out-String -Width 200`, sim.env());
    expect(table.status, table.stderr).to.equal(0);
    expect(table.stdout).to.match(/ComputerName: localhost/).and.match(/65538 USRobotics 56K Voice\s+Available/).and.contain('Línea de fax 3 (Conexant)');

    const changed = pwshJson<Port>(
      "$p = Get-FaxPort -Name 'USRobotics 56K Voice' | Set-FaxPort -Rings 4 -PassThru; " +
        '[pscustomobject]@{ DeviceId = $p.DeviceId; Rings = $p.Rings; TypeName = $p.PSObject.TypeNames[0] } | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect(changed).to.deep.equal({ DeviceId: 65538, Rings: 4, TypeName: 'FaxBridge.Port' });
    const seen = pwshJson<Port>('Get-FaxPort -DeviceId 65538 | Select-Object Rings | ConvertTo-Json -Compress', sim.env());
    expect(seen.Rings).to.equal(4);
  });

  it('writes typed port objects with the documented properties', function () {
    const names = pwshJson<string[]>('(Get-FaxPort -DeviceId 65537).PSObject.Properties.Name | ConvertTo-Json -Compress', sim.env());
    expect(names).to.include.members(['DeviceId', 'Name', 'State', 'SendEnabled', 'ReceiveEnabled', 'Virtual', 'Rings', 'Priority', 'Tsid', 'Csid', 'ComputerName']);
  });

  it('rejects a 30-character TSID with an InvalidArgument error and changes nothing', function () {
    const before = sim.readState();
    const result = pwshJson<{ Category: string; Message: string }>(
      "Set-FaxPort -DeviceId 65537 -Tsid ('x'*30) -ErrorAction SilentlyContinue; " +
        '[pscustomobject]@{ Category = "$($Error[0].CategoryInfo.Category)"; Message = $Error[0].Exception.Message } | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect(result.Category).to.equal('InvalidArgument');
    expect(result.Message).to.contain('Invalid tsid').and.contain('at most 20');
    expect(sim.readState()).to.equal(before);
  });

  it('-WhatIf changes nothing; -Confirm:$false changes without asking', function () {
    const before = sim.readState();
    const whatIf = runPwsh(`Import-Module '${MODULE_MANIFEST}'; Set-FaxPort -DeviceId 65537 -Rings 9 -WhatIf`, sim.env());
    expect(whatIf.stdout).to.contain('What if: Performing the operation "Set rings=9" on target "fax port device 65537 on localhost"');
    expect(sim.readState()).to.equal(before);
    const confirmed = pwshJson<Port>('Set-FaxPort -DeviceId 65537 -Rings 9 -Confirm:$false -PassThru | Select-Object Rings | ConvertTo-Json -Compress', sim.env());
    expect(confirmed.Rings).to.equal(9);
  });

  it('matches names with wildcards, and reports a plain name that matches nothing as ObjectNotFound', function () {
    const result = pwshJson<{ Wild: string[]; None: number; Category: string }>(
      "$wild = @(Get-FaxPort -Name '*modem*', 'Fax*' | ForEach-Object Name); " +
        "$none = @(Get-FaxPort -Name 'Zz*').Count; " +
        "$null = Get-FaxPort -Name 'No such modem' -ErrorAction SilentlyContinue; " +
        '[pscustomobject]@{ Wild = $wild; None = $none; Category = "$($Error[0].CategoryInfo.Category)" } | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect(result.Wild).to.deep.equal(['Standard 56000 bps Modem', 'Fax Virtual Printer Port']);
    expect(result.None).to.equal(0);
    expect(result.Category).to.equal('ObjectNotFound');
  });

  it('gives errors the category that fits, with the Win32 error in the message', function () {
    const result = pwshJson<Record<string, { Category: string; Message: string; Id: string }>>(
      "function Capture([scriptblock] $s) { $ErrorActionPreference = 'SilentlyContinue'; $Error.Clear(); try { & $s } catch { }; $e = $Error[0]; [pscustomobject]@{ Category = \"$($e.CategoryInfo.Category)\"; Message = $e.Exception.Message; Id = $e.FullyQualifiedErrorId } }; " +
        '[pscustomobject]@{ ' +
        "Denied = Capture { Set-FaxPort -ComputerName READONLY -DeviceId 70001 -Rings 1 -Confirm:$false }; " +
        'Unreachable = Capture { Get-FaxPort -ComputerName NOWHERE }; ' +
        'UnknownDevice = Capture { Get-FaxPort -DeviceId 4242 }; ' +
        "Busy = Capture { Set-FaxPort -ComputerName FAXSRV02 -DeviceId 131073 -Rings 1 -Confirm:$false }; " +
        "Invalid = Capture { Set-FaxPort -DeviceId 65537 -Priority 99 -Confirm:$false } " +
        '} | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect(result['Denied']).to.include({ Category: 'PermissionDenied' });
    expect(result['Denied']?.Message).to.contain('ERROR_ACCESS_DENIED (5)');
    expect(result['Unreachable']).to.include({ Category: 'ConnectionError' });
    expect(result['Unreachable']?.Message).to.contain('RPC_S_SERVER_UNAVAILABLE (1722)');
    expect(result['UnknownDevice']).to.include({ Category: 'ObjectNotFound' });
    expect(result['Busy']).to.include({ Category: 'ResourceBusy' });
    expect(result['Busy']?.Message).to.contain('ERROR_DEVICE_IN_USE');
    expect(result['Invalid']).to.include({ Category: 'InvalidArgument' });
    expect(result['Invalid']?.Id).to.match(/^FaxBridge\.ValidationError,Set-FaxPort$/);
  });

  it('with two servers, one unreachable: a non-terminating error, and the other server\'s ports', function () {
    const result = pwshJson<{ Servers: string[]; Errors: number; Category: string }>(
      "$ports = @(Get-FaxPort -ComputerName FAXSRV02, NOWHERE -ErrorVariable problems -ErrorAction SilentlyContinue); " +
        '[pscustomobject]@{ Servers = @($ports.ComputerName); Errors = $problems.Count; Category = "$($problems[0].CategoryInfo.Category)" } | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect(result).to.deep.equal({ Servers: ['FAXSRV02', 'FAXSRV02'], Errors: 1, Category: 'ConnectionError' });
  });

  it('restarts the sidecar transparently when it was killed between two cmdlets, and stops it on Remove-Module', function () {
    const result = pwshJson<{ First: number; Second: number; Before: number; After: number; Exited: boolean }>(
      '$first = @(Get-FaxPort).Count; ' +
        '$module = (Get-Command Get-FaxPort).Module; ' +
        '$before = & $module { $script:FaxSidecar.Process.Id }; ' +
        '& $module { $script:FaxSidecar.Process.Kill(); $script:FaxSidecar.Process.WaitForExit() }; ' +
        '$second = @(Get-FaxPort).Count; ' +
        '$after = & $module { $script:FaxSidecar.Process.Id }; ' +
        'Remove-Module $module; ' +
        '$gone = $null -eq (Get-Process -Id $after -ErrorAction SilentlyContinue); ' +
        '[pscustomobject]@{ First = $first; Second = $second; Before = $before; After = $after; Exited = $gone } | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect([result.First, result.Second]).to.deep.equal([4, 4]);
    expect(result.After).to.not.equal(result.Before);
    expect(result.Exited).to.equal(true);
  });

  it('ends a request that takes too long with an OperationTimeout error instead of hanging', function () {
    const started = Date.now();
    const result = pwshJson<{ Category: string }>(
      'try { Get-FaxPort -ComputerName SLOWSRV } catch { [pscustomobject]@{ Category = "$($_.CategoryInfo.Category)" } | ConvertTo-Json -Compress }',
      sim.env({ FAXBRIDGE_TIMEOUT_SECONDS: '1' }),
    );
    expect(result.Category).to.equal('OperationTimeout');
    expect(Date.now() - started).to.be.lessThan(20_000);
  });

  it('reads device status, routing methods and configuration, and changes them with ShouldProcess', function () {
    const result = pwshJson<Record<string, unknown>>(
      '$status = Get-FaxPort -ComputerName FAXSRV02 -DeviceId 131073 | Get-FaxDeviceStatus; ' +
        "$email = Get-FaxRoutingMethod -DeviceId 65537 | Where-Object FriendlyName -like '*mail*'; " +
        '$enabled = $email | Enable-FaxRoutingMethod -Confirm:$false -PassThru; ' +
        '$disabled = $email | Disable-FaxRoutingMethod -Confirm:$false -PassThru; ' +
        '$config = Set-FaxServerConfiguration -Retries 6 -StopCheapTime 06:15 -Confirm:$false -PassThru; ' +
        '$whatIf = Set-FaxServerConfiguration -Retries 1 -WhatIf; ' +
        '[pscustomobject]@{ Status = $status.Status; Page = $status.CurrentPage; StatusType = $status.PSObject.TypeNames[0]; ' +
        'Enabled = $enabled.Enabled; Disabled = $disabled.Enabled; RoutingType = $enabled.PSObject.TypeNames[0]; ' +
        'Retries = $config.Retries; Stop = $config.StopCheapTime; After = (Get-FaxServerConfiguration).Retries } | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect(result).to.deep.equal({
      Status: 'Receiving', Page: 2, StatusType: 'FaxBridge.DeviceStatus', Enabled: true, Disabled: false,
      RoutingType: 'FaxBridge.RoutingMethod', Retries: 6, Stop: '06:15', After: 6,
    });
  });

  it('connects, lists and disconnects server connections', function () {
    const result = pwshJson<{ Connected: string; Listed: string[]; Left: number }>(
      '$c = Connect-FaxServer -ComputerName FAXSRV02; $listed = @(Get-FaxServerConnection | ForEach-Object ComputerName); ' +
        'Get-FaxServerConnection | Disconnect-FaxServer -Confirm:$false; ' +
        '[pscustomobject]@{ Connected = $c.ComputerName; Listed = $listed; Left = @(Get-FaxServerConnection).Count } | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect(result).to.deep.equal({ Connected: 'FAXSRV02', Listed: ['FAXSRV02'], Left: 0 });
  });

  it('goes through FaxComEx with -Backend ComEx, and keeps that backend down the pipeline', function () {
    const result = pwshJson<Record<string, unknown>>(
      '$ports = @(Get-FaxPort -Backend ComEx); ' +
        "$set = Get-FaxPort -Backend ComEx -Name 'USRobotics*' | Set-FaxPort -Rings 5 -Confirm:$false -PassThru; " +
        '$status = Get-FaxPort -ComputerName FAXSRV02 -Backend ComEx | Get-FaxDeviceStatus; ' +
        '$connections = @(Get-FaxServerConnection | ForEach-Object { "$($_.ComputerName) $($_.Backend)" } | Sort-Object); ' +
        '[pscustomobject]@{ Backends = @($ports.Backend); Modes = @($ports.ReceiveMode); Provider = $ports[0].Provider; Type = $ports[0].PSObject.TypeNames[0]; ' +
        'SetBackend = $set.Backend; SetRings = $set.Rings; WinFaxRings = (Get-FaxPort -DeviceId 65538).Rings; ' +
        'Status = $status.Status; StatusBackend = $status.Backend; Connections = $connections } | ConvertTo-Json -Compress',
      sim.env({ [STAND_IN_ENV]: '1' }),
    );
    expect(result).to.deep.equal({
      Backends: ['comex', 'comex'], Modes: ['Auto', 'Manual'], Provider: 'Microsoft Modem Device Provider', Type: 'FaxBridge.Port',
      // The simulator's port 65538 (winfax) keeps its 3 rings: the change went to FaxComEx.
      SetBackend: 'comex', SetRings: 5, WinFaxRings: 3,
      Status: 'Receiving', StatusBackend: 'comex', Connections: ['FAXSRV02 comex', 'localhost comex'],
    });
  });

  it('says plainly that ComEx exists only on Windows, and refuses a backend it does not know', function () {
    const result = pwshJson<{ Category: string; Message: string; BadBackend: string }>(
      '$null = Get-FaxPort -Backend ComEx -ErrorAction SilentlyContinue; $comex = $Error[0]; ' +
        "try { Get-FaxPort -Backend Fax } catch { $bad = $_.FullyQualifiedErrorId } " +
        '[pscustomobject]@{ Category = "$($comex.CategoryInfo.Category)"; Message = $comex.Exception.Message; BadBackend = $bad } | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect(result.Category).to.equal('NotImplemented');
    expect(result.Message).to.contain('The Fax Extended COM API (FaxComEx) exists only on Windows');
    expect(result.BadBackend).to.match(/^ParameterArgumentValidationError,Get-FaxPort/);
  });

  it('reports a sidecar that exits before its handshake with what it printed, after one more try', function () {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'faxbridge-broken-node-'));
    const starts = path.join(dir, 'starts');
    // A "node" that fails at once: a shell script, or on Windows a batch file (Process.Start runs it through cmd).
    const brokenNode = path.join(dir, process.platform === 'win32' ? 'node.cmd' : 'node');
    writeFileSync(
      brokenNode,
      process.platform === 'win32'
        ? `@echo started>> "${starts}"\r\n@echo node: cannot load the FaxBridge sidecar 1>&2\r\n@exit /b 3\r\n`
        : `#!/bin/sh\necho started >> '${starts}'\necho 'node: cannot load the FaxBridge sidecar' >&2\nexit 3\n`,
      { mode: 0o755 },
    );
    try {
      const result = pwshJson<{ Category: string; Message: string }>(
        'try { Get-FaxPort } catch { [pscustomobject]@{ Category = "$($_.CategoryInfo.Category)"; Message = $_.Exception.Message } | ConvertTo-Json -Compress }',
        sim.env({ FAXBRIDGE_NODE: brokenNode }),
      );
      expect(result.Category).to.equal('ResourceUnavailable');
      expect(result.Message).to.equal('The FaxBridge sidecar exited before answering its handshake: node: cannot load the FaxBridge sidecar');
      expect(readFileSync(starts, 'utf8').trim().split('\n')).to.have.length(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('completes port names for -Name', function () {
    const completions = pwshJson<string[]>(
      "$line = 'Get-FaxPort -Name USR'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | ConvertTo-Json -Compress",
      sim.env(),
    );
    expect([completions].flat()).to.deep.equal(["'USRobotics 56K Voice'"]);
  });

  it('documents every cmdlet with comment-based help and at least one example', function () {
    const help = pwshJson<{ Name: string; Examples: number; Synopsis: string }[]>(
      '@((Get-Command Get-FaxPort).Module.ExportedFunctions.Values | ForEach-Object { $h = Get-Help $_.Name -Full; [pscustomobject]@{ Name = $_.Name; Examples = @($h.examples.example).Count; Synopsis = "$($h.Synopsis)".Trim() } }) | ConvertTo-Json -Compress',
      sim.env(),
    );
    expect(help.map((h) => h.Name).sort()).to.deep.equal([
      'Connect-FaxServer', 'Disable-FaxRoutingMethod', 'Disconnect-FaxServer', 'Enable-FaxRoutingMethod', 'Get-FaxDeviceStatus', 'Get-FaxPort',
      'Get-FaxRoutingMethod', 'Get-FaxServerConfiguration', 'Get-FaxServerConnection', 'Set-FaxPort', 'Set-FaxServerConfiguration',
    ]);
    for (const entry of help) {
      expect(entry.Examples, entry.Name).to.be.greaterThan(0);
      expect(entry.Synopsis, entry.Name).to.not.match(/^\s*$|^[A-Z][a-z]+-Fax\w+ /);
    }
    const examples = runPwsh(`Import-Module '${MODULE_MANIFEST}'; Get-Help Set-FaxPort -Examples | Out-String -Width 200`, sim.env());
    expect(examples.stdout).to.contain("Get-FaxPort -Name 'USRobotics 56K Voice' | Set-FaxPort -Rings 4 -PassThru");
  });

  describe('the packaged module', function () {
    before(function () {
      this.timeout(120_000);
      execFileSync(process.execPath, [path.join(packageRoot(), 'scripts', 'package-module.mjs')], { stdio: 'pipe' });
    });

    it('passes Test-ModuleManifest and imports by name from PSModulePath', function () {
      const out = path.join(packageRoot(), 'out');
      expect(existsSync(path.join(out, 'FaxBridge', 'FaxBridge.psd1'))).to.equal(true);
      const run = runPwsh(
        `$ErrorActionPreference = 'Stop'; $m = Test-ModuleManifest '${path.join(out, 'FaxBridge', 'FaxBridge.psd1')}'; Import-Module FaxBridge; ` +
          '[pscustomobject]@{ Name = $m.Name; Version = "$($m.Version)"; Functions = $m.ExportedFunctions.Count; Ports = @(Get-FaxPort).Count; From = (Get-Module FaxBridge).ModuleBase } | ConvertTo-Json -Compress',
        sim.env({ PSModulePath: out }),
      );
      expect(run.status, run.stderr).to.equal(0);
      const result = JSON.parse(run.stdout.trim()) as Record<string, unknown>;
      expect(result).to.deep.equal({ Name: 'FaxBridge', Version: '0.1.0', Functions: 11, Ports: 4, From: path.join(out, 'FaxBridge') });
    });
  });
});
