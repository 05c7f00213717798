# Shared by the installed-package tests: test/powershell/InstalledPackage.Tests.ps1 (the host's
# package on Linux) and test/windows/InstalledPackage.Tests.ps1 (win32-x64 under Wine).

function Invoke-FaxInstalledPwsh {
    <#
    .SYNOPSIS
    Runs a script in a new pwsh with only -Environment as its environment, in -WorkDir; returns the
    object its last output line holds as JSON, or throws with what it printed.
    #>
    param(
        [Parameter(Mandatory)] [string] $Script,
        [Parameter(Mandatory)] [string] $PwshHost,
        [string[]] $HostArguments = @(),
        [Parameter(Mandatory)] [System.Collections.IDictionary] $Environment,
        [Parameter(Mandatory)] [string] $WorkDir
    )
    $info = New-Object System.Diagnostics.ProcessStartInfo
    $info.FileName = $PwshHost
    if ($info.PSObject.Properties['ArgumentList']) { foreach ($argument in @($HostArguments) + @('-NoProfile', '-NonInteractive', '-Command', $Script)) { $info.ArgumentList.Add($argument) } }
    $info.WorkingDirectory = $WorkDir
    $info.UseShellExecute = $false
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $info.Environment.Clear()
    foreach ($name in $Environment.Keys) { $info.Environment[$name] = $Environment[$name] }
    $process = [System.Diagnostics.Process]::Start($info)
    $errors = $process.StandardError.ReadToEndAsync()
    $output = $process.StandardOutput.ReadToEnd()
    $process.WaitForExit()
    $lines = @($output.Trim() -split '\r?\n')
    try {
        $process.ExitCode | Should -Be 0 -Because $errors.Result
        $lines[-1] | ConvertFrom-Json
    } catch {
        throw "The installed module's pwsh failed (exit $($process.ExitCode)): $_`nstdout: $output`nstderr: $($errors.Result)"
    }
}

function Get-FaxInstallScript {
    # What a user types to install from a local folder repository, then what the test reads back.
    param([Parameter(Mandatory)] [string] $Feed, [string[]] $Extra = @())
    (@(
            "`$ErrorActionPreference = 'Stop'",
            "Register-PSResourceRepository -Name LocalFeed -Uri '$Feed'",
            'Install-PSResource FaxBridge -Repository LocalFeed -Scope CurrentUser -TrustRepository',
            '$m = Get-Module -ListAvailable FaxBridge'
        ) + $Extra) -join "`n"
}

function Get-FaxModuleUseScript {
    # What a user does first with the installed module, as lines of a script; each platform goes
    # on to find the sidecar and return what Assert-FaxInstalledModuleUse checks.
    @(
        "`$ErrorActionPreference = 'Stop'",
        'Import-Module FaxBridge',
        '$ports = @(Get-FaxPort)',
        "`$changed = Get-FaxPort -Name 'USRobotics 56K Voice' | Set-FaxPort -Rings 7 -PassThru",
        '$reread = (Get-FaxPort -DeviceId 65538).Rings',
        # A configuration cmdlet: the sidecar checks documents against the schema the package carries.
        '$inLine = Export-FaxConfiguration | Compare-FaxConfiguration -Quiet',
        "`$refused = try { Compare-FaxConfiguration -InputObject '{ `"schemaVersion`": 1, `"servers`": [ { `"name`": `"x`", `"colour`": 1 } ] }' -ErrorAction Stop; `$null } catch { `$_.Exception.Message }",
        '$help = Get-Help about_FaxBridge | Out-String'
    )
}

function Assert-FaxInstalledModuleUse {
    <#
    .SYNOPSIS
    What both platforms expect of a session that used the installed module: loaded from where it
    was installed, it listed the default world's ports, changed one and read the change back,
    compared an export with the servers and had a bad document refused by the packaged schema,
    showed about_FaxBridge, and ran one sidecar, which it returns for the platform's own checks.
    #>
    param([Parameter(Mandatory)] $Used, [Parameter(Mandatory)] $Installed)
    $Used.ModuleBase | Should -Be $Installed.ModuleBase
    $Used.Ports | Should -Be @(65537, 65538, 65539, 65540)
    $Used.Changed | Should -Be @(65538, 7, 'FaxBridge.Port')
    $Used.Reread | Should -Be 7
    $Used.InLine | Should -BeTrue
    $Used.Refused | Should -BeLike '*$.servers`[0`].colour: unknown property "colour"; expected one of name, configuration, ports*'
    $Used.Help | Should -BeLike '*about_FaxBridge*Administer the fax devices of Windows fax servers from PowerShell.*'
    @($Used.Sidecars).Count | Should -Be 1
    $Used.Sidecars[0]
}

function Get-FaxUninstallScript {
    param([Parameter(Mandatory)] [string] $ModuleBase)
    @(
        "`$ErrorActionPreference = 'Stop'",
        'Uninstall-PSResource FaxBridge -Scope CurrentUser',
        "[pscustomobject]@{ Available = @(Get-Module -ListAvailable FaxBridge).Count; Folder = Test-Path -LiteralPath '$ModuleBase' } | ConvertTo-Json -Compress"
    ) -join "`n"
}
