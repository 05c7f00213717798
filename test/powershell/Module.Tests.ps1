# The FaxBridge module in PowerShell 7, against the simulator, through the real sidecar.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'PowerShell module: FaxBridge in pwsh' {
    BeforeEach {
        $state = New-FaxTestState -World module
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'lists the ports as a table, and pipes Get-FaxPort into Set-FaxPort -PassThru; a new sidecar sees the change' {
        $table = Get-FaxPort | Format-Table | Out-String -Width 200
        $table | Should -Match 'ComputerName: localhost'
        $table | Should -Match '65538 USRobotics 56K Voice\s+Available'
        $table | Should -BeLike "*L$([char]0xED)nea de fax 3 (Conexant)*"

        $p = Get-FaxPort -Name 'USRobotics 56K Voice' | Set-FaxPort -Rings 4 -PassThru
        $p.DeviceId | Should -Be 65538
        $p.Rings | Should -Be 4
        $p.PSObject.TypeNames[0] | Should -Be 'FaxBridge.Port'

        $before = & (Get-Command Get-FaxPort).Module { $script:FaxSidecar.Process.Id }
        Remove-FaxModule
        Import-Module $ModuleManifest -Global
        (Get-FaxPort -DeviceId 65538).Rings | Should -Be 4
        & (Get-Command Get-FaxPort).Module { $script:FaxSidecar.Process.Id } | Should -Not -Be $before
    }

    It 'writes typed port objects with the documented properties' {
        $names = (Get-FaxPort -DeviceId 65537).PSObject.Properties.Name
        foreach ($expected in 'DeviceId', 'Name', 'State', 'SendEnabled', 'ReceiveEnabled', 'Virtual', 'Rings', 'Priority', 'Tsid', 'Csid', 'ComputerName') {
            $names | Should -Contain $expected
        }
    }

    It 'rejects a 30-character TSID when binding -Tsid, and changes nothing' {
        $before = Read-FaxTestState $state
        $e = Get-FaxErrorSummary { Set-FaxPort -DeviceId 65537 -Tsid ('x' * 30) }
        $e.Id | Should -Be 'ParameterArgumentValidationError,Set-FaxPort'
        $e.Message | Should -BeLike "*parameter 'Tsid'*20*"
        Read-FaxTestState $state | Should -BeExactly $before
    }

    It '-WhatIf changes nothing; -Confirm:$false changes without asking' {
        $before = Read-FaxTestState $state
        $whatIf = Invoke-FaxChildPwsh "Import-Module '$ModuleManifest'; Set-FaxPort -DeviceId 65537 -Rings 9 -WhatIf"
        $whatIf.Output | Should -BeLike "*What if: Performing the operation `"Set Rings 2 -> 9`" on target `"port 'Standard 56000 bps Modem' (65537) of localhost`"*"
        Read-FaxTestState $state | Should -BeExactly $before
        (Set-FaxPort -DeviceId 65537 -Rings 9 -Confirm:$false -PassThru).Rings | Should -Be 9
    }

    It 'matches names with wildcards, and reports a plain name that matches nothing as ObjectNotFound' {
        $wild = @(Get-FaxPort -Name '*modem*', 'Fax*' | ForEach-Object Name)
        $wild | Should -Be @('Standard 56000 bps Modem', 'Fax Virtual Printer Port')
        @(Get-FaxPort -Name 'Zz*').Count | Should -Be 0
        (Get-FaxErrorSummary { Get-FaxPort -Name 'No such modem' }).Category | Should -Be 'ObjectNotFound'
    }

    It 'gives errors the category that fits, with the Win32 error in the message' {
        $denied = Get-FaxErrorSummary { Set-FaxPort -ComputerName READONLY -DeviceId 70001 -Rings 1 -Confirm:$false }
        $denied.Category | Should -Be 'PermissionDenied'
        $denied.Message | Should -BeLike '*ERROR_ACCESS_DENIED (5)*'

        $unreachable = Get-FaxErrorSummary { Get-FaxPort -ComputerName NOWHERE }
        $unreachable.Category | Should -Be 'ConnectionError'
        $unreachable.Message | Should -BeLike '*RPC_S_SERVER_UNAVAILABLE (1722)*'

        (Get-FaxErrorSummary { Get-FaxPort -DeviceId 4242 }).Category | Should -Be 'ObjectNotFound'

        $busy = Get-FaxErrorSummary { Set-FaxPort -ComputerName FAXSRV02 -DeviceId 131073 -Rings 2 -Confirm:$false }
        $busy.Category | Should -Be 'ResourceBusy'
        $busy.Message | Should -BeLike '*ERROR_DEVICE_IN_USE*'

        $invalid = Get-FaxErrorSummary { Set-FaxPort -DeviceId 65537 -Priority 99 -Confirm:$false }
        $invalid.Category | Should -Be 'InvalidArgument'
        $invalid.Id | Should -Match '^FaxBridge\.Validation,Set-FaxPort$'
        # The sidecar names the value by the parameter the user typed, not the protocol's field.
        $invalid.Message | Should -BeLike 'Invalid Priority: 99 is out of range; it must be 1 to 4 *'
    }

    It 'talks to its sidecar in the cmdlets'' own names, both ways' {
        $module = (Get-Command Get-FaxPort).Module
        $reply = & $module { Invoke-FaxSidecar -Method 'port.set' -Params @(@{ ComputerName = 'FAXSRV02'; Backend = 'WinFax'; DeviceId = 131074; Change = @{ Rings = 4 } }) }
        $reply.Response.result.ComputerName | Should -Be 'FAXSRV02'
        $reply.Response.result.Rings | Should -Be 4
        $refused = & $module { Invoke-FaxSidecar -Method 'port.set' -Params @(@{ DeviceId = 65537; Change = @{ Rings = 150 } }) }
        $refused.Response.error.data.Field | Should -BeExactly 'Rings'
        $refused.Response.error.message | Should -BeLike 'Invalid Rings: *'
    }

    It "with two servers, one unreachable: a non-terminating error, and the other server's ports" {
        $ports = @(Get-FaxPort -ComputerName FAXSRV02, NOWHERE -ErrorVariable problems -ErrorAction SilentlyContinue)
        @($ports.ComputerName) | Should -Be @('FAXSRV02', 'FAXSRV02')
        $problems.Count | Should -Be 1
        "$($problems[0].CategoryInfo.Category)" | Should -Be 'ConnectionError'
    }

    It 'pipes the ports of three servers into Set-FaxPort: each port is changed, and no cmdlet waits for a reply the other read' {
        # Set-FaxPort runs while Get-FaxPort still waits for the second server, and reads from the
        # same sidecar; a short timeout makes a lost reply fail quickly.
        Remove-FaxTestState $state
        $state = New-FaxTestState -World fleet -Environment @{ FAXBRIDGE_TIMEOUT_SECONDS = '5' }
        $expected = @('BRANCH1/710001', 'BRANCH1/710002', 'BRANCH2/720001', 'BRANCH2/720002', 'BRANCH3/730001', 'BRANCH3/730002')
        $changed = @(Get-FaxPort -ComputerName BRANCH1, BRANCH2, BRANCH3 | Set-FaxPort -Tsid 'Fleet' -PassThru -Confirm:$false)
        @($changed | ForEach-Object { "$($_.ComputerName)/$($_.DeviceId)" } | Sort-Object) | Should -Be $expected
        @($changed.Tsid | Select-Object -Unique) | Should -Be @('Fleet')

        Remove-FaxModule
        Import-Module $ModuleManifest -Global
        @(Get-FaxPort -ComputerName BRANCH1, BRANCH2, BRANCH3 | Where-Object Tsid -EQ 'Fleet').Count | Should -Be 6
    }

    It 'a sidecar restarted by a later cmdlet in the pipeline is sent the earlier cmdlet''s unanswered requests' {
        Remove-FaxTestState $state
        $state = New-FaxTestState -World fleet -Environment @{ FAXBRIDGE_TIMEOUT_SECONDS = '5' }
        $module = (Get-Command Get-FaxPort).Module
        $killed = $false
        $changed = @(Get-FaxPort -ComputerName BRANCH1, BRANCH2, BRANCH3 | ForEach-Object {
                if (-not $killed) {
                    $killed = $true
                    & $module { $script:FaxSidecar.Process.Kill(); $script:FaxSidecar.Process.WaitForExit() }
                }
                $_
            } | Set-FaxPort -Tsid 'Fleet' -PassThru -Confirm:$false)
        $killed | Should -BeTrue
        @($changed | ForEach-Object { "$($_.ComputerName)/$($_.DeviceId)" } | Sort-Object -Unique).Count | Should -Be 6
        @($changed.Tsid | Select-Object -Unique) | Should -Be @('Fleet')
    }

    It 'restarts the sidecar transparently when it was killed between two cmdlets, and stops it on Remove-Module' {
        @(Get-FaxPort).Count | Should -Be 4
        $module = (Get-Command Get-FaxPort).Module
        $before = & $module { $script:FaxSidecar.Process.Id }
        & $module { $script:FaxSidecar.Process.Kill(); $script:FaxSidecar.Process.WaitForExit() }
        @(Get-FaxPort).Count | Should -Be 4
        $after = & $module { $script:FaxSidecar.Process.Id }
        $after | Should -Not -Be $before
        Remove-Module $module
        Get-Process -Id $after -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'ends a request that takes too long with an OperationTimeout error instead of hanging' {
        Remove-FaxTestState $state
        $state = New-FaxTestState -World module -Environment @{ FAXBRIDGE_TIMEOUT_SECONDS = '1' }
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $category = $null
        try { Get-FaxPort -ComputerName SLOWSRV } catch { $category = "$($_.CategoryInfo.Category)" }
        $category | Should -Be 'OperationTimeout'
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
    }

    It 'reads device status, routing methods and configuration, and changes them with ShouldProcess' {
        $status = Get-FaxPort -ComputerName FAXSRV02 -DeviceId 131073 | Get-FaxDeviceStatus
        $email = Get-FaxRoutingMethod -DeviceId 65537 | Where-Object FriendlyName -like '*mail*'
        $enabled = $email | Enable-FaxRoutingMethod -Confirm:$false -PassThru
        $disabled = $email | Disable-FaxRoutingMethod -Confirm:$false -PassThru
        $config = Set-FaxServerConfiguration -Retries 6 -StopCheapTime 06:15 -Confirm:$false -PassThru
        $null = Set-FaxServerConfiguration -Retries 1 -WhatIf

        $status.Status | Should -Be 'Receiving'
        $status.CurrentPage | Should -Be 2
        $status.PSObject.TypeNames[0] | Should -Be 'FaxBridge.DeviceStatus'
        $enabled.Enabled | Should -BeTrue
        $disabled.Enabled | Should -BeFalse
        $enabled.PSObject.TypeNames[0] | Should -Be 'FaxBridge.RoutingMethod'
        $config.Retries | Should -Be 6
        $config.StopCheapTime | Should -Be '06:15'
        (Get-FaxServerConfiguration).Retries | Should -Be 6
    }

    It 'connects, lists and disconnects server connections' {
        $c = Connect-FaxServer -ComputerName FAXSRV02
        $listed = @(Get-FaxServerConnection | ForEach-Object ComputerName)
        Get-FaxServerConnection | Disconnect-FaxServer -Confirm:$false
        $c.ComputerName | Should -Be 'FAXSRV02'
        $listed | Should -Be @('FAXSRV02')
        @(Get-FaxServerConnection).Count | Should -Be 0
    }

    # EdgeJs: needs edge-js loadable in this node (under Wine node_modules holds its Linux build).
    It 'goes through FaxComEx with -Backend ComEx, and keeps that backend down the pipeline' -Tag 'EdgeJs' {
        Remove-FaxTestState $state
        $state = New-FaxTestState -World module -Environment @{ FAXBRIDGE_COMEX_STANDIN = '1' }
        $ports = @(Get-FaxPort -Backend ComEx)
        $set = Get-FaxPort -Backend ComEx -Name 'USRobotics*' | Set-FaxPort -Rings 5 -Confirm:$false -PassThru
        $status = Get-FaxPort -ComputerName FAXSRV02 -Backend ComEx | Get-FaxDeviceStatus
        $connections = @(Get-FaxServerConnection | ForEach-Object { "$($_.ComputerName) $($_.Backend)" } | Sort-Object)

        @($ports.Backend) | Should -Be @('ComEx', 'ComEx')
        @($ports.ReceiveMode) | Should -Be @('Auto', 'Manual')
        $ports[0].Provider | Should -Be 'Microsoft Modem Device Provider'
        $ports[0].PSObject.TypeNames[0] | Should -Be 'FaxBridge.Port'
        $set.Backend | Should -Be 'ComEx'
        $set.Rings | Should -Be 5
        # The simulator's port 65538 (winfax) keeps its 3 rings: the change went to FaxComEx.
        (Get-FaxPort -DeviceId 65538).Rings | Should -Be 3
        $status.Status | Should -Be 'Receiving'
        $status.Backend | Should -Be 'ComEx'
        $connections | Should -Be @('FAXSRV02 ComEx', 'localhost ComEx')
    }

    It 'says plainly that ComEx exists only on Windows, and refuses a backend it does not know' -Tag 'EdgeJs' {
        $comex = Get-FaxErrorSummary { Get-FaxPort -Backend ComEx }
        $comex.Category | Should -Be 'NotImplemented'
        $comex.Message | Should -BeLike '*The Fax Extended COM API (FaxComEx) exists only on Windows*'
        $bad = $null
        try { Get-FaxPort -Backend Fax } catch { $bad = $_.FullyQualifiedErrorId }
        $bad | Should -Match '^ParameterArgumentValidationError,Get-FaxPort'
    }

    It 'reports a sidecar that exits before its handshake with what it printed, after one more try' {
        $starts = Join-Path $state.Dir 'starts'
        if (([System.Environment]::OSVersion.Platform -eq 'Win32NT')) {
            # A batch file: Process.Start runs it through cmd.exe.
            $brokenNode = Join-Path $state.Dir 'node.cmd'
            Set-Content -LiteralPath $brokenNode -Value "@echo started>> `"$starts`"`r`n@echo node: cannot load the FaxBridge sidecar 1>&2`r`n@exit /b 3"
        } else {
            $brokenNode = Join-Path $state.Dir 'node'
            Set-Content -LiteralPath $brokenNode -Value "#!/bin/sh`necho started >> '$starts'`necho 'node: cannot load the FaxBridge sidecar' >&2`nexit 3"
            chmod 755 $brokenNode
        }
        $previousNode = $env:FAXBRIDGE_NODE
        $env:FAXBRIDGE_NODE = $brokenNode
        try {
            $e = $null
            try { Get-FaxPort } catch { $e = $_ }
        } finally {
            # Put back what was there (the Wine run names its node.exe this way).
            $env:FAXBRIDGE_NODE = $previousNode
        }
        "$($e.CategoryInfo.Category)" | Should -Be 'ResourceUnavailable'
        $e.Exception.Message | Should -BeExactly "The FaxBridge sidecar, started as '$brokenNode' (FAXBRIDGE_NODE), exited before answering its handshake: node: cannot load the FaxBridge sidecar"
        @(Get-Content -LiteralPath $starts).Count | Should -Be 2
    }

    It 'completes port names for -Name' {
        $line = 'Get-FaxPort -Name USR'
        $completions = @(([System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null)).CompletionMatches.CompletionText)
        $completions | Should -Be @("'USRobotics 56K Voice'")
    }

    It 'documents every cmdlet with comment-based help and at least one example' {
        $functions = @((Get-Command Get-FaxPort).Module.ExportedFunctions.Values)
        @($functions.Name | Sort-Object) | Should -Be @(
            'Compare-FaxConfiguration', 'Connect-FaxServer', 'Disable-FaxRoutingMethod', 'Disconnect-FaxServer', 'Enable-FaxRoutingMethod', 'Export-FaxConfiguration',
            'Get-FaxDeviceStatus', 'Get-FaxJob', 'Get-FaxPort', 'Get-FaxRoutingMethod', 'Get-FaxServerConfiguration', 'Get-FaxServerConnection',
            'Import-FaxConfiguration', 'Remove-FaxJob', 'Restart-FaxJob', 'Resume-FaxJob', 'Set-FaxPort', 'Set-FaxServerConfiguration',
            'Suspend-FaxJob'
        )
        foreach ($function in $functions) {
            $help = Get-Help $function.Name -Full
            @($help.examples.example).Count | Should -BeGreaterThan 0 -Because $function.Name
            "$($help.Synopsis)".Trim() | Should -Not -Match '^\s*$|^[A-Z][a-z]+-Fax\w+ ' -Because $function.Name
        }
        Get-Help Set-FaxPort -Examples | Out-String -Width 200 | Should -BeLike "*Get-FaxPort -Name 'USRobotics 56K Voice' | Set-FaxPort -Rings 4 -PassThru*"
    }
}
