<#
.SYNOPSIS
Runs the Pester tests of test/powershell with the Pester that `node scripts/restore-pester.mjs`
restored from NuGet into build/pester/ (never a Pester installed elsewhere on the machine).
.PARAMETER Path
Test files or folders; by default every *.Tests.ps1 here.
.PARAMETER ExcludeTag
Tests with these tags are not run (the Wine run leaves out EdgeJs; scripts/test-windows.sh says why).
.PARAMETER CountsFile
Where to write {"passed":N,"failed":N,"skipped":N,"notRun":N} (notRun: left out by -ExcludeTag) for scripts/test.mjs's combined summary
(by default $env:FAXBRIDGE_TEST_COUNTS, which scripts/test.mjs sets; nothing is written without one).
.EXAMPLE
dotnet tool run pwsh -- -NoProfile -File test/powershell/Invoke-FaxPester.ps1 -Path test/powershell/Module.Tests.ps1
#>
param(
    [string[]] $Path = @($PSScriptRoot),
    [string[]] $ExcludeTag = @(),
    [string] $CountsFile = $env:FAXBRIDGE_TEST_COUNTS
)
$ErrorActionPreference = 'Stop'
# Pester reports a path that does not exist and then passes, with no test run: say so and fail.
# (With -File, "-Path a.ps1,b.ps1" is one path holding a comma; pass several with -Command.)
foreach ($item in $Path) {
    if (-not (Test-Path -LiteralPath $item)) {
        [Console]::Error.WriteLine("Invoke-FaxPester: no test file or folder '$item'")
        exit 2
    }
}

$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$manifests = @(Get-ChildItem -Path (Join-Path $root 'build/pester/packages/pester') -Filter Pester.psd1 -Recurse -ErrorAction SilentlyContinue)
if ($manifests.Count -ne 1) {
    throw "Expected one Pester restored under build/pester/packages, found $($manifests.Count): run node scripts/restore-pester.mjs"
}
Import-Module $manifests[0].FullName -Force

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
if ($ExcludeTag.Count -gt 0) { $configuration.Filter.ExcludeTag = $ExcludeTag }
$configuration.Output.Verbosity = 'Detailed'
$configuration.Output.StackTraceVerbosity = 'FirstLine'
if ([Console]::IsOutputRedirected -or $env:NO_COLOR) { $configuration.Output.RenderMode = 'Plaintext' }
$result = Invoke-Pester -Configuration $configuration

# A failing BeforeAll or a file that does not parse fails no test by itself: count those too.
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
if ($CountsFile) {
    [pscustomobject]@{ passed = $result.PassedCount; failed = $failed; skipped = $result.SkippedCount; notRun = $result.NotRunCount } |
        ConvertTo-Json -Compress | Set-Content -LiteralPath $CountsFile -Encoding utf8
}
exit ([int]($failed -gt 0))
