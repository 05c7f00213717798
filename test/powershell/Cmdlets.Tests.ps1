# What administrators type, beyond the common paths: the defects of issue 8 that live in the
# cmdlets (parameter sets, validation, targets, order, consistency, pipeline input, types).

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:StoreInFolder = '{92041a90-9af2-11d0-abf7-00c04fd91a4e}'
    $script:RouteEmail = '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}'
}

Describe 'Cmdlets of the FaxBridge module' {
    BeforeEach {
        $state = New-FaxTestState -World module
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    Context '-Name selects a port in every cmdlet that has it' {
        It 'Get-FaxDeviceStatus -Name and Get-FaxRoutingMethod -Name return that port''s objects' {
            $status = @(Get-FaxDeviceStatus -Name 'USRobotics 56K Voice')
            $status.Count | Should -Be 1
            $status[0].DeviceId | Should -Be 65538
            $methods = @(Get-FaxRoutingMethod -Name 'usrobotics 56k voice')
            $methods.Count | Should -Be 3
            @($methods.DeviceId | Sort-Object -Unique) | Should -Be @(65538)
        }

        It 'Set-FaxPort -Name changes the port, and Enable-/Disable-FaxRoutingMethod -Name switch its method' {
            (Set-FaxPort -Name 'USRobotics 56K Voice' -Rings 4 -Confirm:$false -PassThru).Rings | Should -Be 4
            (Get-FaxPort -DeviceId 65538).Rings | Should -Be 4
            (Enable-FaxRoutingMethod -Name 'USRobotics 56K Voice' -Guid $RouteEmail -Confirm:$false -PassThru).Enabled | Should -BeTrue
            (Get-FaxRoutingMethod -DeviceId 65538 | Where-Object Guid -eq $RouteEmail).Enabled | Should -BeTrue
            (Disable-FaxRoutingMethod -Name 'USRobotics 56K Voice' -Guid $RouteEmail -Confirm:$false -PassThru).Enabled | Should -BeFalse
        }

        It '<Command> -Name with a name no port has is an ObjectNotFound error naming it' -TestCases @(
            @{ Command = 'Get-FaxDeviceStatus'; Run = { Get-FaxDeviceStatus -Name 'No such modem' } }
            @{ Command = 'Get-FaxRoutingMethod'; Run = { Get-FaxRoutingMethod -Name 'No such modem' } }
            @{ Command = 'Set-FaxPort'; Run = { Set-FaxPort -Name 'No such modem' -Rings 4 -Confirm:$false } }
            @{ Command = 'Enable-FaxRoutingMethod'; Run = { Enable-FaxRoutingMethod -Name 'No such modem' -Guid $RouteEmail -Confirm:$false } }
            @{ Command = 'Disable-FaxRoutingMethod'; Run = { Disable-FaxRoutingMethod -Name 'No such modem' -Guid $RouteEmail -Confirm:$false } }
        ) {
            param($Command, $Run)
            $e = Get-FaxErrorSummary $Run
            $e.Category | Should -Be 'ObjectNotFound'
            $e.Message | Should -BeLike '*No such modem*'
            $e.Target | Should -Be 'No such modem'
        }
    }

    Context 'values are checked when the parameters bind, so -WhatIf never promises a refusal' {
        It '<Command> refuses <Why>' -TestCases @(
            @{ Command = 'Set-FaxPort'; Why = 'rings 100'; Run = { Set-FaxPort -DeviceId 65537 -Rings 100 -WhatIf } }
            @{ Command = 'Set-FaxPort'; Why = 'rings -1'; Run = { Set-FaxPort -DeviceId 65537 -Rings -1 -WhatIf } }
            @{ Command = 'Set-FaxPort'; Why = 'a 21-character TSID'; Run = { Set-FaxPort -DeviceId 65537 -Tsid ('x' * 21) -WhatIf } }
            @{ Command = 'Set-FaxPort'; Why = 'a non-ASCII CSID'; Run = { Set-FaxPort -DeviceId 65537 -Csid "L$([char]0xED)nea 3" -WhatIf } }
            @{ Command = 'Set-FaxPort'; Why = 'a Kelvin sign, which IgnoreCase would fold to k'; Run = { Set-FaxPort -DeviceId 65537 -Tsid "$([char]0x212A)" -WhatIf } }
            @{ Command = 'Set-FaxPort'; Why = 'a control character in the TSID'; Run = { Set-FaxPort -DeviceId 65537 -Tsid "a`tb" -WhatIf } }
            @{ Command = 'Set-FaxPort'; Why = 'priority 0'; Run = { Set-FaxPort -DeviceId 65537 -Priority 0 -WhatIf } }
            @{ Command = 'Set-FaxServerConfiguration'; Why = 'retries -1'; Run = { Set-FaxServerConfiguration -Retries -1 -WhatIf } }
            @{ Command = 'Set-FaxServerConfiguration'; Why = 'retries 100'; Run = { Set-FaxServerConfiguration -Retries 100 -WhatIf } }
            @{ Command = 'Set-FaxServerConfiguration'; Why = 'a tab in the archive folder'; Run = { Set-FaxServerConfiguration -ArchiveDirectory "C:\Fax`tArchive" -WhatIf } }
            @{ Command = 'Set-FaxServerConfiguration'; Why = 'a retry delay over a DWORD'; Run = { Set-FaxServerConfiguration -RetryDelay 4294967296 -WhatIf } }
            @{ Command = 'Set-FaxServerConfiguration'; Why = 'dirty days -5'; Run = { Set-FaxServerConfiguration -DirtyDays -5 -WhatIf } }
            @{ Command = 'Set-FaxServerConfiguration'; Why = 'a start time of 24:00'; Run = { Set-FaxServerConfiguration -StartCheapTime 24:00 -WhatIf } }
            @{ Command = 'Set-FaxServerConfiguration'; Why = 'a stop time without minutes'; Run = { Set-FaxServerConfiguration -StopCheapTime 7 -WhatIf } }
            @{ Command = 'Enable-FaxRoutingMethod'; Why = 'a GUID that is not one'; Run = { Enable-FaxRoutingMethod -DeviceId 65537 -Guid 'mail' -WhatIf } }
        ) {
            param($Command, $Why, $Run)
            $e = Get-FaxErrorSummary $Run
            $e.Id | Should -Match "^Parameter(ArgumentValidationError|ArgumentTransformationError),$Command$"
        }

        It 'accepts the edges the core accepts: rings 0 and 99, an empty or 20-character TSID, 23:59' {
            Set-FaxPort -DeviceId 65537 -Rings 99 -Tsid ('x' * 20) -Csid '' -Confirm:$false
            $port = Get-FaxPort -DeviceId 65537
            $port.Rings | Should -Be 99
            $port.Tsid | Should -Be ('x' * 20)
            $port.Csid | Should -Be ''
            (Set-FaxPort -DeviceId 65537 -Rings 0 -Confirm:$false -PassThru).Rings | Should -Be 0
            $config = Set-FaxServerConfiguration -StartCheapTime 23:59 -StopCheapTime 0:05 -Retries 99 -ArchiveDirectory 'C:\Fax Archive' -Confirm:$false -PassThru
            $config.StartCheapTime | Should -Be '23:59'
            $config.Retries | Should -Be 99
            $config.ArchiveDirectory | Should -Be 'C:\Fax Archive'
        }

        It '-WhatIf names the port and shows each setting''s current and new value' {
            $run = Invoke-FaxChildPwsh ("Import-Module '$ModuleManifest'; Set-FaxPort -Name 'USRobotics 56K Voice' -Rings 4 -Tsid 'Contoso Ops' -WhatIf; " +
                "Enable-FaxRoutingMethod -DeviceId 65537 -Guid '$RouteEmail' -WhatIf")
            $run.Output | Should -BeLike "*What if: Performing the operation `"Set Rings 3 -> 4, Tsid 'Contoso Sales' -> 'Contoso Ops'`" on target `"port 'USRobotics 56K Voice' (65538) of localhost`"*"
            $run.Output | Should -BeLike "*What if: Performing the operation `"Enable routing method`" on target `"routing method 'Route through e-mail' $RouteEmail on port 'Standard 56000 bps Modem' (65537) of localhost`"*"
            (Get-FaxPort -DeviceId 65538).Rings | Should -Be 3
        }
    }

    Context 'error targets are the port, the device id or the server' {
        It 'targets <Expected> for <Case>' -TestCases @(
            @{ Case = 'access denied on a port'; Expected = 70001; Run = { Set-FaxPort -ComputerName READONLY -DeviceId 70001 -Rings 1 -Confirm:$false } }
            @{ Case = 'an unknown device id'; Expected = 4242; Run = { Get-FaxPort -DeviceId 4242 } }
            @{ Case = 'an unreachable server'; Expected = 'NOWHERE'; Run = { Get-FaxPort -ComputerName NOWHERE } }
            @{ Case = 'a server configuration refused'; Expected = 'READONLY'; Run = { Set-FaxServerConfiguration -ComputerName READONLY -Retries 1 -Confirm:$false } }
            @{ Case = 'a routing method on an unknown port'; Expected = 4242; Run = { Get-FaxRoutingMethod -DeviceId 4242 } }
        ) {
            param($Case, $Expected, $Run)
            $e = Get-FaxErrorSummary $Run
            $e.Target | Should -Be $Expected
            $e.Target | Should -Not -BeOfType [System.Collections.IDictionary]
            $e.Target | Should -Not -BeOfType [System.Management.Automation.PSCustomObject]
        }
    }

    Context 'results come back in the order asked, per server' {
        It 'Get-FaxPort -DeviceId 65537,99,65538 writes 65537, the error for 99, then 65538' {
            $seen = Get-FaxPort -DeviceId 65537, 99, 65538 -ErrorAction Continue 2>&1 | ForEach-Object {
                if ($_ -is [System.Management.Automation.ErrorRecord]) { "error $($_.TargetObject)" } else { [string]$_.DeviceId }
            }
            @($seen) | Should -Be @('65537', 'error 99', '65538')
        }

        It 'a slow server does not hold back the others: FAXSRV02 answers first though asked second' {
            $servers = @(Get-FaxPort -ComputerName SLOWSRV, FAXSRV02 | ForEach-Object ComputerName)
            $servers | Should -Be @('FAXSRV02', 'FAXSRV02', 'SLOWSRV')
        }
    }

    Context 'one way to say each thing' {
        It '-ComputerName is string[] on every cmdlet that talks to servers' {
            foreach ($command in (Get-Command Get-FaxPort).Module.ExportedFunctions.Values) {
                if ($command.Name -eq 'Get-FaxServerConnection') { continue }
                $command.Parameters['ComputerName'].ParameterType | Should -Be ([string[]]) -Because $command.Name
            }
        }

        It 'acts on several servers at once: Set-FaxServerConfiguration -ComputerName localhost, FAXSRV02' {
            Set-FaxServerConfiguration -ComputerName localhost, FAXSRV02 -Retries 7 -Confirm:$false
            @(Get-FaxServerConfiguration -ComputerName localhost, FAXSRV02 | ForEach-Object Retries) | Should -Be @(7, 7)
        }

        It 'Backend reads as -Backend takes it, and DeviceId is UInt32 in and out' {
            $port = Get-FaxPort -DeviceId 65537
            $port.Backend | Should -BeExactly 'WinFax'
            (Connect-FaxServer -ComputerName FAXSRV02).Backend | Should -BeExactly 'WinFax'
            $port.DeviceId | Should -BeOfType [uint32]
            (Get-FaxDeviceStatus -DeviceId 65537).DeviceId | Should -BeOfType [uint32]
            @(Get-FaxRoutingMethod -DeviceId 65537)[0].DeviceId | Should -BeOfType [uint32]
            foreach ($command in 'Get-FaxPort', 'Set-FaxPort', 'Get-FaxDeviceStatus', 'Get-FaxRoutingMethod', 'Enable-FaxRoutingMethod', 'Disable-FaxRoutingMethod') {
                $type = (Get-Command $command).Parameters['DeviceId'].ParameterType
                @([uint32], [uint32[]]) | Should -Contain $type -Because $command
            }
        }

        It 'Set-FaxServerConfiguration FAXSRV02 WinFax 5 sets nothing: only -ComputerName is positional' {
            $before = (Get-FaxServerConfiguration -ComputerName FAXSRV02).Retries
            $e = Get-FaxErrorSummary { Set-FaxServerConfiguration FAXSRV02 WinFax 5 -Confirm:$false }
            $e.Id | Should -Be 'PositionalParameterNotFound,Set-FaxServerConfiguration'
            (Get-FaxServerConfiguration -ComputerName FAXSRV02).Retries | Should -Be $before
            $positional = foreach ($set in (Get-Command Set-FaxServerConfiguration).ParameterSets) { $set.Parameters | Where-Object Position -ge 0 | ForEach-Object Name }
            @($positional) | Should -Be @('ComputerName')
        }

        It '<Command> -ComputerName <Shown> is a clear error, not silence' -TestCases @(
            @{ Command = 'Get-FaxPort'; Shown = '$null'; Run = { Get-FaxPort -ComputerName $null } }
            @{ Command = 'Get-FaxPort'; Shown = "''"; Run = { Get-FaxPort -ComputerName '' } }
            @{ Command = 'Get-FaxServerConfiguration'; Shown = '$null'; Run = { Get-FaxServerConfiguration -ComputerName $null } }
            @{ Command = 'Set-FaxPort'; Shown = "''"; Run = { Set-FaxPort -ComputerName '' -DeviceId 65537 -Rings 1 -Confirm:$false } }
            @{ Command = 'Connect-FaxServer'; Shown = '$null'; Run = { Connect-FaxServer -ComputerName $null } }
            @{ Command = 'Disconnect-FaxServer'; Shown = "''"; Run = { Disconnect-FaxServer -ComputerName '' -Confirm:$false } }
        ) {
            param($Command, $Shown, $Run)
            $e = Get-FaxErrorSummary $Run
            $e.Id | Should -Be "ParameterArgumentValidationError,$Command"
            $e.Message | Should -BeLike "*'ComputerName'*"
        }

        It 'names a server once however its case is written' {
            @(Get-FaxPort -ComputerName FAXSRV02, faxsrv02, FaxSrv02).Count | Should -Be 2
        }

        It 'Disconnect-FaxServer -ComputerName NOPE is a non-terminating ObjectNotFound naming NOPE' {
            $null = Connect-FaxServer -ComputerName FAXSRV02
            Disconnect-FaxServer -ComputerName NOPE, FAXSRV02 -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.Count | Should -Be 1
            "$($problems[0].CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
            $problems[0].TargetObject | Should -Be 'NOPE'
            $problems[0].Exception.Message | Should -BeLike "*'NOPE'*"
            @(Get-FaxServerConnection).Count | Should -Be 0
        }

        It 'completes -Guid with the port''s routing methods and -ComputerName with the connected servers' {
            $line = 'Enable-FaxRoutingMethod -DeviceId 65537 -Guid '
            $guids = @(([System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null)).CompletionMatches.CompletionText)
            $guids | Should -Contain "'$StoreInFolder'"
            $guids | Should -Contain "'$RouteEmail'"
            $guids.Count | Should -Be 3

            $null = Connect-FaxServer -ComputerName FAXSRV02
            $line = 'Get-FaxPort -ComputerName FAX'
            @(([System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null)).CompletionMatches.CompletionText) | Should -Be @("'FAXSRV02'")
        }

        It 'every cmdlet''s help has a DESCRIPTION, INPUTS and RELATED LINKS' {
            foreach ($command in (Get-Command Get-FaxPort).Module.ExportedFunctions.Values) {
                $help = Get-Help $command.Name -Full
                "$($help.description.Text)".Trim() | Should -Not -BeNullOrEmpty -Because "$($command.Name) DESCRIPTION"
                "$($help.inputTypes.inputType.type.name)".Trim() | Should -Not -BeNullOrEmpty -Because "$($command.Name) INPUTS"
                @($help.relatedLinks.navigationLink).Count | Should -BeGreaterThan 0 -Because "$($command.Name) RELATED LINKS"
            }
        }
    }

    Context 'Set-FaxPort takes its settings from the pipeline by property name' {
        It 'Import-Csv | Set-FaxPort restores exported settings, writing only the ports that differ' {
            $csv = Join-Path $state.Dir 'ports.csv'
            $fields = 'DeviceId', 'SendEnabled', 'ReceiveEnabled', 'Rings', 'Priority', 'Tsid', 'Csid'
            $saved = Get-FaxPort | Select-Object $fields | ConvertTo-Json -Compress
            Get-FaxPort | Export-Csv -LiteralPath $csv -NoTypeInformation
            Set-FaxPort -DeviceId 65538 -Rings 7 -Tsid 'Changed' -SendEnabled $true -Priority 1 -Confirm:$false
            Set-FaxPort -DeviceId 65540 -ReceiveEnabled $true -Csid '' -Confirm:$false

            $written = Import-Csv -LiteralPath $csv | Set-FaxPort -Confirm:$false -Verbose 4>&1 |
                Where-Object { "$_" -like 'Performing the operation*' } | ForEach-Object { "$_" }
            Get-FaxPort | Select-Object $fields | ConvertTo-Json -Compress | Should -BeExactly $saved
            # 65537 moved to priority 2 when 65538 took 1, so it is written back too; 65539 is not.
            @($written | Where-Object { $_ -like "*(65539)*" }).Count | Should -Be 0
            @($written).Count | Should -Be 3
        }

        It 'asks which port when neither -DeviceId nor -Name is given' {
            $e = Get-FaxErrorSummary { Set-FaxPort -Rings 4 -Confirm:$false }
            $e.Id | Should -Be 'FaxBridge.PortNotGiven,Set-FaxPort'
            $e.Category | Should -Be 'InvalidArgument'
        }

        It 'binds True and False from text, and a row may name its port by Name and server only' {
            [pscustomobject]@{ Name = 'USRobotics 56K Voice'; ComputerName = 'localhost'; SendEnabled = 'True'; ReceiveEnabled = 'False'; Rings = '5' } |
                Set-FaxPort -Confirm:$false
            $port = Get-FaxPort -DeviceId 65538
            $port.SendEnabled | Should -BeTrue
            $port.ReceiveEnabled | Should -BeFalse
            $port.Rings | Should -Be 5
        }

        It 'a pipeline object changes only what it carries, not what an earlier object carried' {
            [pscustomobject]@{ DeviceId = 65537; Tsid = 'FIRST' }, [pscustomobject]@{ DeviceId = 65538; Rings = 6 } | Set-FaxPort -Confirm:$false
            (Get-FaxPort -DeviceId 65538).Tsid | Should -Be 'Contoso Sales'
            (Get-FaxPort -DeviceId 65538).Rings | Should -Be 6
            (Get-FaxPort -DeviceId 65537).Tsid | Should -Be 'FIRST'
        }

        It 'piping a read-only server''s unchanged ports writes nothing, so nothing is refused' {
            Get-FaxPort -ComputerName READONLY | Set-FaxPort -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.Count | Should -Be 0
        }

        It 'a FaxComEx port piped back binds (it carries no priority to refuse)' -Tag 'EdgeJs' {
            Remove-FaxTestState $state
            $state = New-FaxTestState -World module -Environment @{ FAXBRIDGE_COMEX_STANDIN = '1' }
            $ports = @(Get-FaxPort -Backend ComEx)
            $ports[0].PSObject.Properties['Priority'] | Should -BeNullOrEmpty
            ($ports[0] | Set-FaxPort -Rings 6 -Confirm:$false -PassThru).Rings | Should -Be 6
        }
    }

    Context 'the same types on Windows PowerShell 5.1 and PowerShell 7' {
        It 'device status times and connection times are UTC DateTime' {
            $status = Get-FaxDeviceStatus -ComputerName FAXSRV02 -DeviceId 131073
            $status.StartTime | Should -BeOfType [datetime]
            $status.StartTime.Kind | Should -Be 'Utc'
            $status.StartTime | Should -Be ([datetime]::new(2026, 3, 1, 9, 30, 0, [System.DateTimeKind]::Utc))
            $status.SubmittedTime | Should -Be ([datetime]::new(2026, 3, 1, 9, 25, 0, [System.DateTimeKind]::Utc))
            (Connect-FaxServer -ComputerName FAXSRV02).ConnectedAt | Should -BeOfType [datetime]
        }

        It 'converts the ISO strings that 5.1''s JSON parser leaves as strings' {
            # What ConvertFrom-Json gives on 5.1: strings for times, Int32 for numbers.
            $as51 = [pscustomobject]@{ DeviceId = [int]131073; StartTime = '2026-03-01T09:30:00.000Z'; SubmittedTime = $null }
            & (Get-Command Get-FaxPort).Module { param($item) ConvertTo-FaxOutputObject -Item $item -TypeName 'FaxBridge.DeviceStatus' } $as51
            $as51.StartTime | Should -Be ([datetime]::new(2026, 3, 1, 9, 30, 0, [System.DateTimeKind]::Utc))
            $as51.StartTime.Kind | Should -Be 'Utc'
            $as51.DeviceId | Should -BeOfType [uint32]
            $as51.SubmittedTime | Should -BeNullOrEmpty
        }
    }
}
