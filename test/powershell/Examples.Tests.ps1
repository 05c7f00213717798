# Every .EXAMPLE in the comment-based help of every exported cmdlet, run as written against a
# simulator whose servers are named as in the examples (the fixtures' "documented" world:
# localhost, FAXSRV01, FAXSRV02). The examples are read from Get-Help at discovery, so a new one
# is run without a change here. An example fails its test when it raises any error (errors are
# made terminating), when it should show something and shows nothing, and, for -WhatIf, when it
# changed the state. pwsh runs -NonInteractive under npm test, so an example that would ask for
# confirmation fails instead of waiting.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Import-Module $ModuleManifest -Force
    $module = (Get-Command Get-FaxPort).Module
    $examples = @(foreach ($name in @($module.ExportedFunctions.Keys | Sort-Object)) {
            $number = 0
            foreach ($example in @((Get-Help $name -Examples).examples.example)) {
                $number++
                # The help puts an example's code and its description in one block when no blank
                # line parts them: the code is the first line and each line a | or ` continues.
                $lines = @("$($example.code)".Trim() -split '\r?\n')
                $count = 1
                while ($count -lt $lines.Count -and $lines[$count - 1].TrimEnd() -match '[|`]$') { $count++ }
                $code = ($lines[0..($count - 1)] -join "`n").Trim()
                @{ Command = $name; Number = $number; Code = $code }
            }
        })
    Remove-FaxModule
    # The -Backend ComEx examples load edge-js (tag EdgeJs: the Wine run has no Windows build of it).
    $groups = @(
        @{ Tag = @(); Cases = @($examples | Where-Object { $_.Code -notmatch '-Backend ComEx' }) }
        @{ Tag = @('EdgeJs'); Cases = @($examples | Where-Object { $_.Code -match '-Backend ComEx' }) }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    # What an administrator would have done before the example, where it acts on earlier work.
    $before = @{
        'Get-FaxServerConnection' = { $null = Connect-FaxServer -ComputerName FAXSRV02 }
        'Disconnect-FaxServer'    = { $null = Connect-FaxServer -ComputerName FAXSRV02 }
        # A document under version control, and a server that has drifted from it since.
        'Compare-FaxConfiguration' = { Export-FaxConfiguration -ComputerName localhost, FAXSRV02 -Path fleet.json; Set-FaxPort -ComputerName FAXSRV02 -DeviceId 131074 -Rings 4 -Confirm:$false }
        'Import-FaxConfiguration'  = { Export-FaxConfiguration -ComputerName localhost, FAXSRV02 -Path fleet.json; Set-FaxPort -ComputerName FAXSRV02 -DeviceId 131074 -Rings 4 -Confirm:$false }
    }
}

Describe 'every example in the help' {
    BeforeEach {
        # The -Backend ComEx examples reach the FaxComEx stand-in (README: "The FaxComEx backend").
        $state = New-FaxTestState -World documented -Environment @{ FAXBRIDGE_COMEX_STANDIN = '1' }
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'finds examples to run' -TestCases @{ Count = $examples.Count } {
        $Count | Should -BeGreaterThan 0
    }

    foreach ($group in $groups) {
        It '<Command> example <Number>: <Code>' -Tag $group.Tag -TestCases $group.Cases {
            # In the test's own folder: an example may write files (Export-Csv ports.csv) or read them.
            Push-Location $state.Dir
            try {
                if ($before.ContainsKey($Command)) { & $before[$Command] }
                $stateBefore = Read-FaxTestState $state
                $block = [scriptblock]::Create($Code)
                $Error.Clear()
                $shown = & {
                    $ErrorActionPreference = 'Stop'
                    & $block | Out-String -Width 200
                }
            } finally {
                Pop-Location
            }
            $Error.Count | Should -Be 0 -Because "the example wrote no error (first: $($Error | Select-Object -First 1))"

            $lastCommand = ($Code -split '\|')[-1].Trim()
            $changesOnly = $lastCommand -match '^(Set|Enable|Disable|Disconnect|Suspend|Resume|Restart|Remove)-Fax|^Export-FaxConfiguration .*-Path ' -and $lastCommand -notmatch '-PassThru'
            if ($Code -match '-WhatIf') {
                Read-FaxTestState $state | Should -BeExactly $stateBefore -Because '-WhatIf changes nothing'
            } elseif ($Command -eq 'Disconnect-FaxServer') {
                @(Get-FaxServerConnection | Where-Object ComputerName -eq FAXSRV02) | Should -BeNullOrEmpty -Because 'the connection is closed'
            } elseif (-not $changesOnly) {
                $shown.Trim() | Should -Not -BeNullOrEmpty -Because 'the example shows what it read or changed'
            }
        }
    }
}
