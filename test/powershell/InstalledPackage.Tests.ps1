# The packaged module as a user gets it: `npm run package` for this platform (reused from
# build/package-test/ while its inputs are unchanged), published to a local PSResourceGet feed,
# installed with Install-PSResource into an empty profile, and used from a folder outside the
# repository, in a pwsh whose environment holds only HOME, the XDG folders (all in a temporary
# folder) and a PATH with the .NET host that runs pwsh and no node.

# The host's package: linux-x64, as CI runs. Under Wine (npm run test:windows, where this folder
# runs in the Windows pwsh) the file declares no test: test/windows/InstalledPackage.Tests.ps1
# installs the win32-x64 package there.
if ((Get-Variable IsLinux -ValueOnly -ErrorAction Ignore) -and ('System.Runtime.InteropServices.RuntimeInformation' -as [type])::OSArchitecture -eq 'X64') {
    Describe 'the package installed with Install-PSResource' {
        BeforeAll {
            . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
            $script:Platform = 'linux-x64'
            $built = & node (Join-Path $RepoRoot 'scripts/package-module.mjs') --platform $Platform --out (Join-Path $RepoRoot 'build/package-test') --reuse 2>&1
            if ($LASTEXITCODE -ne 0) { throw "npm run package failed (exit $LASTEXITCODE): $built" }
            $script:Version = (Get-Content -Raw (Join-Path $RepoRoot 'package.json') | ConvertFrom-Json).version
            $nupkg = Join-Path $RepoRoot "build/package-test/$Platform/FaxBridge.$Version.nupkg"

            $script:Sandbox = Join-Path ([System.IO.Path]::GetTempPath()) ('faxbridge-installed-' + [guid]::NewGuid().ToString('N'))
            $script:SandboxEnvironment = [ordered]@{}
            # .NET answers '' for a special folder that does not exist, and PSResourceGet then writes its
            # settings into the current directory: create them all.
            foreach ($pair in @(('HOME', 'home'), ('XDG_DATA_HOME', 'home/.local/share'), ('XDG_CONFIG_HOME', 'home/.config'),
                    ('XDG_CACHE_HOME', 'home/.cache'), ('XDG_STATE_HOME', 'home/.local/state'), ('TMPDIR', 'tmp'))) {
                $dir = Join-Path $Sandbox $pair[1]
                $null = New-Item -ItemType Directory -Path $dir -Force
                $SandboxEnvironment[$pair[0]] = $dir
            }
            $script:WorkDir = (New-Item -ItemType Directory -Path (Join-Path $Sandbox 'work')).FullName
            $script:Feed = (New-Item -ItemType Directory -Path (Join-Path $Sandbox 'feed')).FullName
            Copy-Item -LiteralPath $nupkg -Destination $Feed

            # This pwsh's own host: `dotnet pwsh.dll` for the .NET local tool, or a pwsh executable.
            $script:PwshHost = (Get-Item -LiteralPath (Get-Process -Id $PID).Path).ResolvedTarget
            if (-not $PwshHost) { $script:PwshHost = (Get-Process -Id $PID).Path }
            $script:HostArguments = if ([System.IO.Path]::GetFileNameWithoutExtension($PwshHost) -ne 'pwsh') { @(Join-Path $PSHOME 'pwsh.dll') } else { @() }
            $SandboxEnvironment['PATH'] = Split-Path -Parent $PwshHost
            $SandboxEnvironment['TERM'] = 'dumb'
            $SandboxEnvironment['NO_COLOR'] = '1'
            $SandboxEnvironment['DOTNET_CLI_TELEMETRY_OPTOUT'] = '1'

            . (Join-Path $PSScriptRoot 'InstalledPackageHelpers.ps1')
            function Invoke-FaxSandboxPwsh {
                # A new pwsh with only the sandbox's environment (plus -Environment), in its work folder.
                param([Parameter(Mandatory)] [string] $Script, [hashtable] $Environment = @{})
                $all = [ordered]@{}
                foreach ($name in $SandboxEnvironment.Keys) { $all[$name] = $SandboxEnvironment[$name] }
                foreach ($name in $Environment.Keys) { $all[$name] = $Environment[$name] }
                Invoke-FaxInstalledPwsh -Script $Script -PwshHost $PwshHost -HostArguments $HostArguments -Environment $all -WorkDir $WorkDir
            }

            $script:Installed = Invoke-FaxSandboxPwsh -Script (Get-FaxInstallScript -Feed $Feed -Extra @(
                    "`$tested = Test-ModuleManifest (Join-Path `$m.ModuleBase 'FaxBridge.psd1')",
                    '[pscustomobject]@{ ModuleBase = $m.ModuleBase; Version = [string]$m.Version; Functions = @($tested.ExportedFunctions.Keys);',
                    '  PSModulePath = @($env:PSModulePath -split [IO.Path]::PathSeparator); NodeOnPath = @(Get-Command node -CommandType Application -ErrorAction SilentlyContinue).Count } | ConvertTo-Json -Compress'
                ))
            $script:SidecarScript = Join-Path $Installed.ModuleBase 'sidecar/dist/src/cli/main.js'
            $fake = Join-Path $Sandbox 'other-node'
            Set-Content -LiteralPath $fake -Value "#!/bin/sh`nread line`necho '{`"jsonrpc`":`"2.0`",`"id`":0,`"result`":{`"protocolVersion`":2,`"packageVersion`":`"9.0.0`"}}'`nexec /bin/cat >/dev/null`n" -NoNewline
            & chmod 700 $fake; if ($LASTEXITCODE -ne 0) { throw "chmod 700 $fake failed (exit $LASTEXITCODE)" }
            # One session for everything that uses the module: each new pwsh in an empty profile costs seconds.
            $script:Used = Invoke-FaxSandboxPwsh -Script (@(Get-FaxModuleUseScript) + @(
                    # The sidecar is the child this pwsh started: what it runs and maps must be installed files.
                    'function Get-MappedFile($id) { @(Get-Content "/proc/$id/maps" | ForEach-Object { ($_ -split "\s+", 6)[5] } | Where-Object { $_ -like "/*" } | Sort-Object -Unique) }',
                    '$sidecars = @(Get-Process | Where-Object { $_.Parent -and $_.Parent.Id -eq $PID } | ForEach-Object {',
                    '  [pscustomobject]@{ Path = $_.Path; CommandLine = @([IO.File]::ReadAllText("/proc/$($_.Id)/cmdline").TrimEnd([char]0) -split [char]0);',
                    '    MappedFiles = Get-MappedFile $_.Id; Cwd = (Get-Item "/proc/$($_.Id)/cwd").Target } })',
                    '$pwshFiles = @(Get-MappedFile $PID) + @(Get-Module | ForEach-Object Path)',
                    '$base = (Get-Module FaxBridge).ModuleBase',
                    'Remove-Module FaxBridge',
                    '$deadline = [DateTime]::UtcNow.AddSeconds(5)',
                    'while (@(Get-Process | Where-Object { $_.Parent -and $_.Parent.Id -eq $PID }).Count -gt 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }',
                    '$after = @(Get-Process | Where-Object { $_.Parent -and $_.Parent.Id -eq $PID }).Count',
                    # Then FAXBRIDGE_NODE naming a stand-in for node that answers as a sidecar of protocol 2.
                    "`$env:FAXBRIDGE_NODE = '$fake'",
                    'Import-Module FaxBridge',
                    'try { Get-FaxPort -ErrorAction Stop; $other = $null } catch { $other = $_.Exception.Message }',
                    'Remove-Module FaxBridge',
                    '[pscustomobject]@{ ModuleBase = $base; Ports = @($ports.DeviceId); Changed = @($changed.DeviceId, $changed.Rings, $changed.PSObject.TypeNames[0]); Reread = $reread; Help = $help; InLine = $inLine; Refused = $refused;',
                    '  Sidecars = $sidecars; PwshFiles = $pwshFiles; SidecarsAfterRemove = $after; OtherNodeMessage = $other } | ConvertTo-Json -Compress -Depth 4'
                ) -join "`n")
        }

        AfterAll {
            if ($Sandbox) { Remove-Item -LiteralPath $Sandbox -Recurse -Force -ErrorAction SilentlyContinue }
        }

        It "installs into the empty profile's module folder at package.json's version, passing Test-ModuleManifest, with no node on PATH" {
            $Sandbox.StartsWith($RepoRoot) | Should -BeFalse
            $Installed.ModuleBase | Should -Be (Join-Path $SandboxEnvironment['XDG_DATA_HOME'] "powershell/Modules/FaxBridge/$Version")
            $Installed.Version | Should -Be $Version
            # The manifest that ships: powershell/FaxBridge.psd1 where the repository has one, else module.psd1.
            $shipped = Join-Path $RepoRoot 'powershell/FaxBridge.psd1'
            $exported = (Import-PowerShellDataFile $(if (Test-Path -LiteralPath $shipped) { $shipped } else { $ModuleManifest })).FunctionsToExport
            @($Installed.Functions | Sort-Object) | Should -Be @($exported | Sort-Object)
            $Installed.NodeOnPath | Should -Be 0
            foreach ($entry in $Installed.PSModulePath) { $entry | Should -Not -BeLike "$RepoRoot*" }
        }

        It 'imports by name and runs Get-FaxPort, Set-FaxPort -PassThru, Compare-FaxConfiguration and Get-Help about_FaxBridge on its own node and sidecar, with nothing of the repository loaded' {
            $sidecar = Assert-FaxInstalledModuleUse -Used $Used -Installed $Installed
            $sidecar.Path | Should -Be (Join-Path $Installed.ModuleBase 'runtime/node')
            @($sidecar.CommandLine | Select-Object -Skip 1) | Should -Be @($SidecarScript, 'serve')
            $sidecar.Cwd | Should -Be $WorkDir
            $sidecar.MappedFiles | Should -Contain (Join-Path $Installed.ModuleBase 'sidecar/node_modules/@koromix/koffi-linux-x64/linux_x64/koffi.node')
            $sidecar.MappedFiles | Should -Contain (Join-Path $Installed.ModuleBase 'sidecar/build/simulator/libwinfaxsim.so')
            foreach ($file in @($sidecar.MappedFiles) + @($Used.PwshFiles)) { $file | Should -Not -BeLike "$RepoRoot*" }
            $Used.SidecarsAfterRemove | Should -Be 0
        }

        It 'runs the node FAXBRIDGE_NODE names instead of its own, and refuses a sidecar of another protocol version' {
            $Used.OtherNodeMessage | Should -Be "The FaxBridge sidecar $SidecarScript (FaxBridge 9.0.0) speaks protocol 2, but this module (FaxBridge $Version) speaks protocol 1: reinstall the module so that both come from the same version."
        }

        It 'starts its sidecar while Import-Module runs and the first cmdlet uses that one; Get-Help, Get-Command and tab completion start none' {
            $early = Invoke-FaxSandboxPwsh -Script (@(
                    "`$ErrorActionPreference = 'Stop'",
                    'function Get-FaxSidecarState { & (Get-Module FaxBridge) { if ($script:FaxSidecar) { [pscustomobject]@{ Id = $script:FaxSidecar.Process.Id; Ready = $script:FaxSidecar.Ready } } } }',
                    'function Get-ChildCount { @(Get-Process | Where-Object { $_.Parent -and $_.Parent.Id -eq $PID }).Count }',
                    # Each of these loads the module without running a cmdlet.
                    '$null = Get-Help Get-FaxPort',
                    '$afterHelp = @(Get-FaxSidecarState).Count + (Get-ChildCount)',
                    'Remove-Module FaxBridge',
                    '$null = Get-Command Get-FaxPort -Syntax',
                    '$afterCommand = @(Get-FaxSidecarState).Count + (Get-ChildCount)',
                    'Remove-Module FaxBridge',
                    "`$completed = @([System.Management.Automation.CommandCompletion]::CompleteInput('Get-FaxPort -Dev', 16, `$null).CompletionMatches.CompletionText)",
                    '$afterCompletion = @(Get-FaxSidecarState).Count + (Get-ChildCount)',
                    'Remove-Module FaxBridge',
                    'Import-Module FaxBridge',
                    '$imported = Get-FaxSidecarState',
                    '$ports = @(Get-FaxPort).Count',
                    '$used = Get-FaxSidecarState',
                    '$base = (Get-Module FaxBridge).ModuleBase',
                    'Remove-Module FaxBridge',
                    '$deadline = [DateTime]::UtcNow.AddSeconds(5)',
                    'while ((Get-ChildCount) -gt 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }',
                    '[pscustomobject]@{ AfterHelp = $afterHelp; AfterCommand = $afterCommand; Completed = $completed; AfterCompletion = $afterCompletion; Imported = $imported; Ports = $ports; Used = $used;',
                    '  ChildrenAfterRemove = Get-ChildCount; Folders = @(Get-ChildItem -LiteralPath $base -Directory -Name | Sort-Object) } | ConvertTo-Json -Compress -Depth 3'
                ) -join "`n")
            $early.AfterHelp | Should -Be 0
            $early.AfterCommand | Should -Be 0
            $early.Completed | Should -Be @('-DeviceId')
            $early.AfterCompletion | Should -Be 0
            $early.Imported.Ready | Should -BeFalse
            $early.Ports | Should -Be 4
            $early.Used.Id | Should -Be $early.Imported.Id
            $early.Used.Ready | Should -BeTrue
            $early.ChildrenAfterRemove | Should -Be 0
            # The functions are in FaxBridge.psm1 itself, not dot-sourced from folders beside it.
            $early.Folders | Should -Be @('en-US', 'runtime', 'sidecar')
        }

        It 'uninstalls with Uninstall-PSResource, leaving no module behind' {
            $gone = Invoke-FaxSandboxPwsh -Script (Get-FaxUninstallScript -ModuleBase $Installed.ModuleBase)
            $gone.Available | Should -Be 0
            $gone.Folder | Should -BeFalse
        }

        It "installs the same .nupkg with PowerShellGet's Install-Module too, and removes it with Uninstall-Module" {
            $legacy = Invoke-FaxSandboxPwsh -Script (@(
                    "`$ErrorActionPreference = 'Stop'",
                    "Register-PSRepository -Name LegacyFeed -SourceLocation '$Feed' -InstallationPolicy Trusted",
                    'Install-Module FaxBridge -Repository LegacyFeed -Scope CurrentUser',
                    '$base = (Get-Module -ListAvailable FaxBridge).ModuleBase',
                    'Import-Module FaxBridge',
                    '$ports = @(Get-FaxPort).Count',
                    'Remove-Module FaxBridge',
                    'Uninstall-Module FaxBridge',
                    '[pscustomobject]@{ ModuleBase = $base; Ports = $ports; Available = @(Get-Module -ListAvailable FaxBridge).Count } | ConvertTo-Json -Compress'
                ) -join "`n")
            $legacy.ModuleBase | Should -Be $Installed.ModuleBase
            $legacy.Ports | Should -Be 4
            $legacy.Available | Should -Be 0
        }
    }
}
