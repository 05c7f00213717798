<#
.SYNOPSIS
Runs the module's Pester files (test/powershell/Invoke-FaxPester.ps1) in the Windows pwsh under
Wine; scripts/test-windows.sh calls it.
.DESCRIPTION
Under Wine, PowerShell finds no application on PATH (Get-Command cmd fails: its directory search
returns nothing there), so the Pester helpers' `node` is a function calling the Windows node.exe
that FAXBRIDGE_NODE names, the path the module starts its sidecar with.
The tags below mark tests that cannot run as Windows code here; each is excluded with its reason
printed, and the number of tests left out is in the counts file (notRun).
#>
param(
    [Parameter(Mandatory = $true)] [string[]] $Path,
    [Parameter(Mandatory = $true)] [string] $CountsFile,
    [string[]] $ExcludeTag = @()
)
if (-not $env:FAXBRIDGE_NODE) { throw 'FAXBRIDGE_NODE must name the Windows node.exe' }
# pwsh -File passes one string: a comma-separated list of files is split here.
$Path = @($Path | ForEach-Object { $_ -split ',' })
function global:node { & $env:FAXBRIDGE_NODE @args }
$notAsWindowsCode = [ordered]@{
    EdgeJs       = 'loads edge-js in Windows node: node_modules holds its Linux build, and its win32 build with the Windows CoreCLR does not run reliably under Wine (README, "what runs where")'
    LinuxShell   = "the README's sh-block commands (dotnet tool run pwsh, npx faxbridge) are typed into bash in a Linux clone; the Wine prefix has no bash or npx (the CLI itself runs under Wine in the cli suite)"
    UnixPrograms = 'stands in for node with /bin/cat, /usr/bin/yes or a /bin/sh script, which Windows has no counterpart of; the same start failures are covered by the node.cmd and node.exe stand-ins'
}
foreach ($tag in $notAsWindowsCode.Keys) { Write-Host "Excluded under Wine: tag $tag - $($notAsWindowsCode[$tag])" }
& (Join-Path $PSScriptRoot '../powershell/Invoke-FaxPester.ps1') -Path $Path -CountsFile $CountsFile -ExcludeTag (@($notAsWindowsCode.Keys) + @($ExcludeTag | Where-Object { $_ -and $_ -ne 'none' }))
exit $LASTEXITCODE
