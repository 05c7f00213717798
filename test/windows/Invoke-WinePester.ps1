<#
.SYNOPSIS
Runs the module's Pester files (test/powershell/Invoke-FaxPester.ps1) in the Windows pwsh under
Wine; scripts/test-windows.sh calls it.
.DESCRIPTION
Under Wine, PowerShell finds no application on PATH (Get-Command cmd fails: its directory search
returns nothing there), so the Pester helpers' `node` is a function calling the Windows node.exe
that FAXBRIDGE_NODE names, the path the module starts its sidecar with.
#>
param(
    [Parameter(Mandatory = $true)] [string[]] $Path,
    [Parameter(Mandatory = $true)] [string] $CountsFile,
    [string[]] $ExcludeTag = @()
)
if (-not $env:FAXBRIDGE_NODE) { throw 'FAXBRIDGE_NODE must name the Windows node.exe' }
function global:node { & $env:FAXBRIDGE_NODE @args }
# EdgeJs tests need edge-js loaded in Windows node; node_modules holds its Linux build (see the
# README's "what runs where").
& (Join-Path $PSScriptRoot '../powershell/Invoke-FaxPester.ps1') -Path $Path -CountsFile $CountsFile -ExcludeTag (@('EdgeJs') + $ExcludeTag)
exit $LASTEXITCODE
