# The win32-x64 package as a Windows user gets it, in the Windows pwsh under Wine: the .nupkg that
# `npm run package -- --platform win32-x64` wrote, in a local folder repository, installed with
# Install-PSResource -Scope CurrentUser and used from a work folder. scripts/test-windows.sh runs
# this file in a new, temporary Wine prefix (so the CurrentUser profile, Documents\PowerShell\Modules,
# is a temporary folder) whose only FaxBridge piece is winfax.dll in system32, as on a fax server;
# the repository has no drive letter there. The child pwsh gets an environment with no node on PATH.
Describe 'the win32-x64 package installed with Install-PSResource (Windows pwsh under Wine)' {
    BeforeAll {
        if (-not $env:FAXBRIDGE_WINE_PACKAGE_FEED) { throw 'FAXBRIDGE_WINE_PACKAGE_FEED must name the folder holding the .nupkg' }
        $script:Feed = $env:FAXBRIDGE_WINE_PACKAGE_FEED
        $script:Version = $env:FAXBRIDGE_WINE_PACKAGE_VERSION
        $script:WorkDir = (New-Item -ItemType Directory -Force -Path (Join-Path ([System.IO.Path]::GetTempPath()) ('faxbridge-work-' + [guid]::NewGuid().ToString('N')))).FullName
        $script:PwshHost = (Get-Process -Id $PID).Path
        $system = [Environment]::GetFolderPath('System')
        # What a Windows session has, less anything of the build: no node, no FAXBRIDGE_*, no PSModulePath.
        $script:SandboxEnvironment = [ordered]@{}
        foreach ($name in @('SystemRoot', 'windir', 'SystemDrive', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'TEMP', 'TMP', 'USERNAME', 'ProgramFiles', 'ProgramData', 'ComSpec', 'PATHEXT', 'WINEDEBUG', 'DOTNET_EnableWriteXorExecute')) {
            $value = [Environment]::GetEnvironmentVariable($name)
            if ($value) { $SandboxEnvironment[$name] = $value }
        }
        $SandboxEnvironment['PATH'] = "$system;$(Split-Path -Parent $system)"
        $SandboxEnvironment['NO_COLOR'] = '1'

        . (Join-Path $PSScriptRoot '../powershell/InstalledPackageHelpers.ps1')
        function Invoke-FaxSandboxPwsh {
            # A new Windows pwsh with only the sandbox's environment, in the work folder.
            param([Parameter(Mandatory)] [string] $Script)
            Invoke-FaxInstalledPwsh -Script $Script -PwshHost $PwshHost -Environment $SandboxEnvironment -WorkDir $WorkDir
        }

        $script:Installed = Invoke-FaxSandboxPwsh -Script (Get-FaxInstallScript -Feed $Feed -Extra @(
                '$nodes = @($env:PATH -split ";" | Where-Object { $_ -and (Test-Path -LiteralPath (Join-Path $_ "node.exe")) })',
                '[pscustomobject]@{ ModuleBase = $m.ModuleBase; Version = [string]$m.Version; Documents = [Environment]::GetFolderPath("MyDocuments"); NodeOnPath = $nodes.Count } | ConvertTo-Json -Compress'
            ))
        $script:Used = Invoke-FaxSandboxPwsh -Script (@(Get-FaxModuleUseScript) + @(
                '$sidecars = @(Get-Process -Name node -ErrorAction SilentlyContinue | ForEach-Object { [pscustomobject]@{ Path = $_.Path; Modules = @($_.Modules | ForEach-Object FileName) } })',
                '$base = (Get-Module FaxBridge).ModuleBase',
                'Remove-Module FaxBridge',
                '$deadline = [DateTime]::UtcNow.AddSeconds(5)',
                'while (@(Get-Process -Name node -ErrorAction SilentlyContinue).Count -gt 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }',
                '$after = @(Get-Process -Name node -ErrorAction SilentlyContinue).Count',
                '[pscustomobject]@{ ModuleBase = $base; Ports = @($ports.DeviceId); Changed = @($changed.DeviceId, $changed.Rings, $changed.PSObject.TypeNames[0]); Reread = $reread; Help = $help; InLine = $inLine; Refused = $refused;',
                '  Sidecars = $sidecars; SidecarsAfterRemove = $after } | ConvertTo-Json -Compress -Depth 4'
            ) -join "`n")
    }

    AfterAll {
        if ($WorkDir) { Remove-Item -LiteralPath $WorkDir -Recurse -Force -ErrorAction SilentlyContinue }
    }

    It "installs into the user's Documents\PowerShell\Modules at package.json's version, with no node on PATH" {
        $Installed.ModuleBase | Should -Be (Join-Path $Installed.Documents "PowerShell\Modules\FaxBridge\$Version")
        $Installed.Version | Should -Be $Version
        $Installed.NodeOnPath | Should -Be 0
    }

    It 'imports by name and runs Get-FaxPort, Set-FaxPort -PassThru and Get-Help about_FaxBridge on its own node.exe, koffi and the system winfax.dll' {
        $sidecar = Assert-FaxInstalledModuleUse -Used $Used -Installed $Installed
        $sidecar.Path | Should -Be (Join-Path $Installed.ModuleBase 'runtime\node.exe')
        $sidecar.Modules | Should -Contain (Join-Path $Installed.ModuleBase 'sidecar\node_modules\@koromix\koffi-win32-x64\win32_x64\koffi.node')
        $sidecar.Modules | Should -Contain (Join-Path ([Environment]::GetFolderPath('System')) 'winfax.dll')
        $Used.SidecarsAfterRemove | Should -Be 0
    }

    It 'uninstalls with Uninstall-PSResource, leaving no module behind' {
        $gone = Invoke-FaxSandboxPwsh -Script (Get-FaxUninstallScript -ModuleBase $Installed.ModuleBase)
        $gone.Available | Should -Be 0
        $gone.Folder | Should -BeFalse
    }
}
