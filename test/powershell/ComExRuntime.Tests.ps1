# What a Windows server needs beside the package: the .NET runtime, for FaxComEx only. Where
# edge-js finds none, a FaxComEx cmdlet fails with category NotInstalled, naming the runtime.
# Shown with the stand-in bridge and a sidecar whose PATH holds no dotnet.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'FaxComEx without a .NET runtime' {
    BeforeEach {
        # The node the suite runs with (FAXBRIDGE_NODE under Wine), since PATH will hold none.
        $node = if ($env:FAXBRIDGE_NODE) { $env:FAXBRIDGE_NODE } else { (Get-Command node -CommandType Application | Select-Object -First 1).Source }
        $nowhere = if ([System.Environment]::OSVersion.Platform -eq 'Win32NT') { 'C:\nonexistent' } else { '/nonexistent' }
        $state = New-FaxTestState -Environment @{ FAXBRIDGE_NODE = $node; FAXBRIDGE_COMEX_STANDIN = '1'; PATH = $nowhere }
    }
    AfterEach { Remove-FaxTestState $state }

    It 'is an ErrorRecord of category NotInstalled naming the .NET 8 runtime, and the winfax backend still answers' -Tag 'EdgeJs' {
        $failure = Get-FaxErrorSummary { Get-FaxPort -Backend ComEx -ErrorAction Stop }
        $failure.Category | Should -Be 'NotInstalled'
        $failure.Id | Should -BeLike 'FaxBridge.RuntimeNotInstalled,*'
        $failure.Message | Should -BeLike 'The FaxComEx backend needs the .NET 8 runtime (Microsoft.NETCore.App 8.0), which it could not find: install it from https://dotnet.microsoft.com/download/dotnet/8.0*'
        @(Get-FaxPort -Backend WinFax).Count | Should -Be 4
    }
}
