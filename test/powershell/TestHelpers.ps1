# Shared by the Pester tests: dot-source it in BeforeAll. Each test gets its own simulator state
# file (FAXBRIDGE_SIM_STATE) copied from a world of test/helpers/fixtures.ts, and a freshly
# imported module, so its sidecar starts against that state.

$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:ModuleManifest = Join-Path $script:RepoRoot 'module.psd1'
$script:StateVariable = 'FAXBRIDGE_SIM_STATE'

function Get-FaxTestWorld {
    <#
    .SYNOPSIS
    build/pester/worlds, holding every named world as <name>.tsv: node writes them from the
    fixtures once per PowerShell process.
    #>
    $folder = Join-Path $script:RepoRoot 'build/pester/worlds'
    if (-not $global:FaxTestWorldsWritten) {
        $writer = Join-Path $script:RepoRoot 'dist/test/helpers/write-states.js'
        & node $writer $folder
        if ($LASTEXITCODE -ne 0) { throw "node $writer failed (exit $LASTEXITCODE): run npm run build first" }
        $global:FaxTestWorldsWritten = $true
    }
    $folder
}

function Remove-FaxModule {
    <#
    .SYNOPSIS
    Removes whichever FaxBridge module is loaded (the repository's is named 'module' after
    module.psd1, the packaged one 'FaxBridge'); removing it stops its sidecar.
    #>
    Get-Module | Where-Object { $_.ExportedFunctions.ContainsKey('Get-FaxPort') } | Remove-Module
}

function New-FaxTestState {
    <#
    .SYNOPSIS
    A temporary state file for one test, from a named world, with the module imported afresh.
    .PARAMETER Environment
    Variables the sidecar or the module reads at start (FAXBRIDGE_NODE, FAXBRIDGE_TIMEOUT_SECONDS ...);
    Remove-FaxTestState puts back what they were.
    #>
    param(
        [string] $World = 'standard',
        [hashtable] $Environment = @{}
    )
    $dir = Join-Path ([System.IO.Path]::GetTempPath()) ('faxbridge-pester-' + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $dir
    $stateFile = Join-Path $dir 'state.tsv'
    Copy-Item -LiteralPath (Join-Path (Get-FaxTestWorld) "$World.tsv") -Destination $stateFile

    $variables = @{ $script:StateVariable = $stateFile } + $Environment
    $previous = @{}
    foreach ($name in $variables.Keys) {
        $previous[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $variables[$name])
    }
    Remove-FaxModule
    Import-Module $script:ModuleManifest -Global
    [pscustomobject]@{ Dir = $dir; StateFile = $stateFile; Previous = $previous }
}

function Remove-FaxTestState {
    <#
    .SYNOPSIS
    Stops the module's sidecar, deletes the test's folder and restores the environment.
    #>
    param([Parameter(Mandatory)] $State)
    Remove-FaxModule
    foreach ($name in $State.Previous.Keys) { [Environment]::SetEnvironmentVariable($name, $State.Previous[$name]) }
    Remove-Item -LiteralPath $State.Dir -Recurse -Force -ErrorAction SilentlyContinue
}

function Read-FaxTestState {
    param([Parameter(Mandatory)] $State)
    [System.IO.File]::ReadAllText($State.StateFile)
}

function Get-FaxErrorSummary {
    <#
    .SYNOPSIS
    Runs a script block with errors silenced and returns the last error's category, message, id and
    target ($null if it raised none).
    #>
    param([Parameter(Mandatory)] [scriptblock] $ScriptBlock)
    $ErrorActionPreference = 'SilentlyContinue'
    $Error.Clear()
    try { $null = & $ScriptBlock } catch { }
    if ($Error.Count -eq 0) { return $null }
    $last = $Error[0]
    if ($last -isnot [System.Management.Automation.ErrorRecord]) { $last = $last.ErrorRecord }
    [pscustomobject]@{
        Category = "$($last.CategoryInfo.Category)"
        Message  = $last.Exception.Message
        Id       = $last.FullyQualifiedErrorId
        Target   = $last.TargetObject
    }
}

function Invoke-FaxChildPwsh {
    <#
    .SYNOPSIS
    Runs a command in a new pwsh -NoProfile (same PowerShell as this one) from the repository
    root, for what only a separate process shows: host output such as -WhatIf messages, a new
    process's view of the state. Returns its exit code and its output as one string.
    #>
    param([Parameter(Mandatory)] [string] $Command)
    $process = (Get-Process -Id $PID).Path
    $arguments = @()
    if ([System.IO.Path]::GetFileNameWithoutExtension($process) -ne 'pwsh') {
        # A framework-dependent pwsh (the dotnet local tool) runs as `dotnet pwsh.dll`.
        $arguments += Join-Path $PSHOME 'pwsh.dll'
    }
    # UTF-8 both ways: Windows pwsh writes a redirected stdout in, and reads a child's in, the
    # console's code page (an OEM one), which turns 'Set rings 3 -> 5 (an arrow)' into mojibake.
    $arguments += '-NoProfile', '-NonInteractive', '-Command', ("[Console]::OutputEncoding = New-Object System.Text.UTF8Encoding(`$false); " + $Command)
    $previousColor = $env:NO_COLOR
    $previousEncoding = [Console]::OutputEncoding
    $env:NO_COLOR = '1'
    [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding($false)
    Push-Location $script:RepoRoot
    try {
        $output = & $process @arguments 2>&1 | Out-String -Width 400
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output }
    } finally {
        Pop-Location
        [Console]::OutputEncoding = $previousEncoding
        $env:NO_COLOR = $previousColor
    }
}
