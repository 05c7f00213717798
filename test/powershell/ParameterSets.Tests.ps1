# Every parameter set of every exported cmdlet, called for real against the simulator with an
# assertion on what it returned or on its error. The table is keyed "Cmdlet/ParameterSet"; the
# first test compares its keys with Get-Command's at run time, so a new cmdlet or parameter set
# without an entry here fails it.

BeforeDiscovery {
    $calls = [ordered]@{
        'Connect-FaxServer/__AllParameterSets'          = {
            $c = Connect-FaxServer -ComputerName FAXSRV02
            $c.ComputerName | Should -Be 'FAXSRV02'
            $c.Backend | Should -Be 'winfax'
            $c.Connected | Should -BeTrue
            $c.PSObject.TypeNames[0] | Should -Be 'FaxBridge.ServerConnection'
            (Get-FaxErrorSummary { Connect-FaxServer -ComputerName NOWHERE }).Category | Should -Be 'ConnectionError'
        }
        'Disconnect-FaxServer/__AllParameterSets'       = {
            $null = Connect-FaxServer -ComputerName FAXSRV02
            $null = Connect-FaxServer -ComputerName localhost
            Disconnect-FaxServer -ComputerName FAXSRV02 -Confirm:$false
            @(Get-FaxServerConnection | ForEach-Object ComputerName) | Should -Be @('localhost')
        }
        'Get-FaxServerConnection/__AllParameterSets'    = {
            @(Get-FaxServerConnection).Count | Should -Be 0
            $null = Connect-FaxServer -ComputerName FAXSRV02
            $listed = @(Get-FaxServerConnection)
            $listed.ComputerName | Should -Be @('FAXSRV02')
            $listed[0].ConnectedAt | Should -Not -BeNullOrEmpty
        }
        'Get-FaxPort/All'                               = {
            $ports = @(Get-FaxPort)
            $ports.DeviceId | Should -Be @(65537, 65538, 65539, 65540)
            $ports.ComputerName | Sort-Object -Unique | Should -Be 'localhost'
            @(Get-FaxPort -ComputerName FAXSRV02).Name | Should -Be @('Brooktrout TR1034 Line 1', 'Brooktrout TR1034 Line 2')
        }
        'Get-FaxPort/ByName'                            = {
            $port = Get-FaxPort -Name 'USRobotics 56K Voice'
            $port.DeviceId | Should -Be 65538
            $port.Rings | Should -Be 3
            @(Get-FaxPort 'Brooktrout*' -ComputerName FAXSRV02).DeviceId | Should -Be @(131073, 131074)
            (Get-FaxErrorSummary { Get-FaxPort -Name 'No such modem' }).Category | Should -Be 'ObjectNotFound'
        }
        'Get-FaxPort/ByDeviceId'                        = {
            $port = Get-FaxPort -DeviceId 65539
            $port.Name | Should -Be "L$([char]0xED)nea de fax 3 (Conexant)"
            "$($port.State)" | Should -Be 'Offline'
            (Get-FaxErrorSummary { Get-FaxPort -DeviceId 4242 }).Category | Should -Be 'ObjectNotFound'
        }
        # One set: -DeviceId and -Name are both optional there (the cmdlet asks for one of them).
        'Set-FaxPort/__AllParameterSets'                = {
            $port = Set-FaxPort -DeviceId 65537 -Rings 5 -Tsid 'Contoso Main' -SendEnabled $false -Confirm:$false -PassThru
            $port.Rings | Should -Be 5
            $port.Tsid | Should -Be 'Contoso Main'
            $port.SendEnabled | Should -BeFalse
            $again = Get-FaxPort -DeviceId 65537
            $again.Rings | Should -Be 5
            $again.Tsid | Should -Be 'Contoso Main'
            $again.SendEnabled | Should -BeFalse

            $port = Set-FaxPort -Name 'USRobotics 56K Voice' -Rings 4 -Csid 'Contoso Support' -Confirm:$false -PassThru
            $port.DeviceId | Should -Be 65538
            $port.Rings | Should -Be 4
            (Get-FaxPort -DeviceId 65538).Csid | Should -Be 'Contoso Support'
            (Get-FaxPort -DeviceId 65537).Rings | Should -Be 5
        }
        'Get-FaxDeviceStatus/ByDeviceId'                = {
            $status = Get-FaxDeviceStatus -DeviceId 131073 -ComputerName FAXSRV02
            $status.Status | Should -Be 'Receiving'
            $status.CurrentPage | Should -Be 2
            $status.TotalPages | Should -Be 5
            $status.DocumentName | Should -Be 'Purchase order 4471'
            (Get-FaxErrorSummary { Get-FaxDeviceStatus -DeviceId 4242 }).Category | Should -Be 'ObjectNotFound'
        }
        'Get-FaxDeviceStatus/ByName'                    = {
            $status = Get-FaxDeviceStatus -Name 'Brooktrout TR1034 Line 1' -ComputerName FAXSRV02
            $status.DeviceId | Should -Be 131073
            $status.Status | Should -Be 'Receiving'
            $status.SenderName | Should -Be 'Fabrikam Ltd'
            (Get-FaxErrorSummary { Get-FaxDeviceStatus -Name 'No such modem' }).Category | Should -Be 'ObjectNotFound'
        }
        'Get-FaxRoutingMethod/ByDeviceId'               = {
            $methods = @(Get-FaxRoutingMethod -DeviceId 65537)
            $methods.FriendlyName | Should -Be @('Store in a folder', 'Route through e-mail', 'Print')
            $methods.Enabled | Should -Be @($true, $false, $false)
            $methods[0].PSObject.TypeNames[0] | Should -Be 'FaxBridge.RoutingMethod'
        }
        'Get-FaxRoutingMethod/ByName'                   = {
            $methods = @(Get-FaxRoutingMethod -Name 'Standard 56000 bps Modem')
            $methods.DeviceId | Sort-Object -Unique | Should -Be 65537
            $methods.Guid | Should -Be @($routeToFolder, $routeByEmail, '{aec1b37c-9af2-11d0-abf7-00c04fd91a4e}')
            $methods.Enabled | Should -Be @($true, $false, $false)
            (Get-FaxErrorSummary { Get-FaxRoutingMethod -Name 'No such modem' }).Category | Should -Be 'ObjectNotFound'
        }
        'Enable-FaxRoutingMethod/ByDeviceId'            = {
            $method = Enable-FaxRoutingMethod -DeviceId 65537 -Guid $routeByEmail -Confirm:$false -PassThru
            $method.Guid | Should -Be $routeByEmail
            $method.Enabled | Should -BeTrue
            (Get-FaxRoutingMethod -DeviceId 65537 | Where-Object Guid -eq $routeByEmail).Enabled | Should -BeTrue
        }
        'Enable-FaxRoutingMethod/ByName'                = {
            $method = Enable-FaxRoutingMethod -Name 'USRobotics 56K Voice' -Guid $routeToFolder -Confirm:$false -PassThru
            $method.DeviceId | Should -Be 65538
            $method.Enabled | Should -BeTrue
            (Get-FaxRoutingMethod -DeviceId 65538 | Where-Object Guid -eq $routeToFolder).Enabled | Should -BeTrue
        }
        'Disable-FaxRoutingMethod/ByDeviceId'           = {
            $method = Disable-FaxRoutingMethod -DeviceId 65537 -Guid $routeToFolder -Confirm:$false -PassThru
            $method.Guid | Should -Be $routeToFolder
            $method.Enabled | Should -BeFalse
            @(Get-FaxRoutingMethod -DeviceId 65537 | Where-Object Enabled).Count | Should -Be 0
        }
        'Disable-FaxRoutingMethod/ByName'               = {
            $method = Disable-FaxRoutingMethod -Name 'Standard 56000 bps Modem' -Guid $routeToFolder -Confirm:$false -PassThru
            $method.DeviceId | Should -Be 65537
            $method.Enabled | Should -BeFalse
            @(Get-FaxRoutingMethod -DeviceId 65537 | Where-Object Enabled).Count | Should -Be 0
        }
        'Get-FaxServerConfiguration/__AllParameterSets' = {
            $config = Get-FaxServerConfiguration -ComputerName FAXSRV02
            $config.ComputerName | Should -Be 'FAXSRV02'
            $config.Retries | Should -Be 3
            $config.RetryDelay | Should -Be 10
            $config.StartCheapTime | Should -Be '20:00'
            $config.PSObject.TypeNames[0] | Should -Be 'FaxBridge.ServerConfiguration'
            (Get-FaxErrorSummary { Get-FaxServerConfiguration -ComputerName LOCKEDOUT }).Category | Should -Be 'PermissionDenied'
        }
        'Set-FaxServerConfiguration/__AllParameterSets' = {
            $config = Set-FaxServerConfiguration -ComputerName FAXSRV02 -Retries 5 -RetryDelay 15 -Branding $false -Confirm:$false -PassThru
            $config.Retries | Should -Be 5
            $config.RetryDelay | Should -Be 15
            $config.Branding | Should -BeFalse
            (Get-FaxServerConfiguration -ComputerName FAXSRV02).Retries | Should -Be 5
            (Get-FaxServerConfiguration).Retries | Should -Be 3
            (Get-FaxErrorSummary { Set-FaxServerConfiguration -ComputerName READONLY -Retries 1 -Confirm:$false }).Category | Should -Be 'PermissionDenied'
        }
        'Get-FaxJob/All'                                = {
            @(Get-FaxJob).Id | Should -Be @(1001, 1002, 1003, 1004, 1005)
            @(Get-FaxJob -ComputerName FAXSRV02 -Type Receive).Id | Should -Be @(2001)
            @(Get-FaxJob -QueueStatus Retrying -UserName 'CONTOSO\m*').Id | Should -Be @(1003)
            @(Get-FaxJob -DeviceName '*').Count | Should -Be 0
        }
        'Get-FaxJob/ById'                               = {
            $job = Get-FaxJob -Id 1002
            $job.QueueStatus | Should -Be @('Paused')
            $job.PSObject.TypeNames[0] | Should -Be 'FaxBridge.Job'
            (Get-FaxJob 2002 -ComputerName FAXSRV02).DocumentName | Should -Be 'Shipping schedule'
            (Get-FaxErrorSummary { Get-FaxJob -Id 4242 }).Category | Should -Be 'ObjectNotFound'
        }
        'Suspend-FaxJob/__AllParameterSets'             = {
            (Suspend-FaxJob -Id 1001 -PassThru).QueueStatus | Should -Be @('Paused')
            (Get-FaxJob -Id 1001).QueueStatus | Should -Be @('Paused')
            (Get-FaxErrorSummary { Suspend-FaxJob -Id 1002 }).Category | Should -Be 'InvalidOperation'
        }
        'Resume-FaxJob/__AllParameterSets'              = {
            (Resume-FaxJob -Id 1002 -PassThru).QueueStatus | Should -Be @('Pending')
            (Get-FaxErrorSummary { Resume-FaxJob -Id 1001 }).Category | Should -Be 'InvalidOperation'
        }
        'Restart-FaxJob/__AllParameterSets'             = {
            (Restart-FaxJob -Id 1004 -PassThru).QueueStatus | Should -Be @('Pending')
            (Get-FaxJob -Id 1004).QueueStatus | Should -Be @('Pending')
        }
        'Remove-FaxJob/__AllParameterSets'              = {
            Remove-FaxJob -Id 1003 -Confirm:$false
            @(Get-FaxJob).Id | Should -Be @(1001, 1002, 1004, 1005)
            (Get-FaxErrorSummary { Remove-FaxJob -Id 1003 -Confirm:$false }).Category | Should -Be 'ObjectNotFound'
        }
        'Export-FaxConfiguration/__AllParameterSets'    = {
            $file = Join-Path $state.Dir 'fleet.json'
            Export-FaxConfiguration -ComputerName localhost, FAXSRV02 -Path $file
            @((Get-Content -LiteralPath $file -Raw | ConvertFrom-Json).servers.name) | Should -Be @('localhost', 'FAXSRV02')
            $document = Export-FaxConfiguration -ComputerName FAXSRV01
            $document.PSObject.TypeNames[0] | Should -Be 'FaxBridge.Configuration'
            @($document.servers[0].ports.name) | Should -Be @('Standard 56000 bps Modem', 'Fax Virtual Printer Port')
        }
        'Compare-FaxConfiguration/Path'                 = {
            $file = Join-Path $state.Dir 'fleet.json'
            Export-FaxConfiguration -ComputerName FAXSRV01 -Path $file
            Compare-FaxConfiguration -Path $file | Should -BeNullOrEmpty
            $null = Set-FaxPort -ComputerName FAXSRV01 -DeviceId 196609 -Rings 6 -Confirm:$false
            $difference = Compare-FaxConfiguration -Path $file
            $difference.Property | Should -Be 'rings'
            $difference.Expected | Should -Be 2
            $difference.Actual | Should -Be 6
            Compare-FaxConfiguration -Path $file -Quiet | Should -BeFalse
        }
        'Compare-FaxConfiguration/InputObject'          = {
            $document = Export-FaxConfiguration -ComputerName FAXSRV01
            $document.servers[0].configuration.retries = 9
            $difference = $document | Compare-FaxConfiguration
            $difference.Scope | Should -Be 'Server'
            $difference.Property | Should -Be 'retries'
            Compare-FaxConfiguration -InputObject '{ "schemaVersion": 1, "template": { "configuration": { "retries": 3 } } }' -ComputerName localhost -Quiet | Should -BeTrue
        }
        'Import-FaxConfiguration/Path'                  = {
            $file = Join-Path $state.Dir 'fleet.json'
            Export-FaxConfiguration -ComputerName FAXSRV01 -Path $file
            $null = Set-FaxPort -ComputerName FAXSRV01 -DeviceId 196609 -Rings 6 -Confirm:$false
            $result = Import-FaxConfiguration -Path $file -ThrottleLimit 1 -Confirm:$false -PassThru
            $result.Status | Should -Be 'Applied'
            (Get-FaxPort -ComputerName FAXSRV01 -DeviceId 196609).Rings | Should -Be 2
        }
        'Import-FaxConfiguration/InputObject'           = {
            $document = Export-FaxConfiguration -ComputerName FAXSRV01
            $document.servers[0].ports[0].tsid = 'Contoso West'
            ($document | Import-FaxConfiguration -Confirm:$false -PassThru).Status | Should -Be 'Applied'
            (Get-FaxPort -ComputerName FAXSRV01 -DeviceId 196609).Tsid | Should -Be 'Contoso West'
        }
    }
    $cases = @(foreach ($key in $calls.Keys) { @{ Key = $key; Call = $calls[$key] } })
    $covered = @($calls.Keys)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    # The calls run below this, so they see these (the fixtures' STORE_IN_FOLDER and ROUTE_EMAIL).
    $routeToFolder = '{92041a90-9af2-11d0-abf7-00c04fd91a4e}'
    $routeByEmail = '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}'
}

Describe 'every parameter set of every exported cmdlet' {
    BeforeEach {
        $state = New-FaxTestState -World documented
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'has a call below for each (cmdlet, parameter set) that Get-Command reports' -TestCases @{ Covered = $covered } {
        $module = (Get-Command Get-FaxPort).Module
        $sets = @(foreach ($command in Get-Command -Module $module.Name) {
                foreach ($set in $command.ParameterSets) { "$($command.Name)/$($set.Name)" }
            })
        $sets.Count | Should -BeGreaterThan 0
        @($sets | Where-Object { $_ -notin $Covered }) | Should -BeNullOrEmpty -Because 'each parameter set needs a call with an assertion'
        @($Covered | Where-Object { $_ -notin $sets }) | Should -BeNullOrEmpty -Because 'the table names only parameter sets that exist'
    }

    It '<Key>' -TestCases $cases {
        & $Call
    }
}
