# Configuration as code (issue 14) as an administrator uses it: Export-, Compare- and
# Import-FaxConfiguration on the simulator, the issue's "Done when" walk, templates on several
# servers, failures part-way, racing imports, malformed documents, and objects that went through
# remoting's serialisation (PSSerializer) formatting and piping as live ones.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Cli = Join-Path $RepoRoot 'dist/src/cli/main.js'
    $script:RouteEmail = '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}'

    # The rings of one port in a document's text changed by hand, as an editor would.
    function Edit-FaxTestRings([string] $File, [string] $Port, [int] $From, [int] $To) {
        $text = [System.IO.File]::ReadAllText($File)
        $pattern = '("name": "' + [regex]::Escape($Port) + '",(?:\s+"[a-zA-Z]+": [^\n]+\n){3}\s+"rings": )' + $From
        $edited = [regex]::Replace($text, $pattern, '${1}' + $To)
        $edited | Should -Not -Be $text -Because "the document has rings $From for '$Port'"
        [System.IO.File]::WriteAllText($File, $edited)
    }

    # Reimports the module so that its new sidecar arms this fault in the simulator (FAXBRIDGE_SIM_FAULT).
    function Set-FaxTestFault([string] $Fault) {
        [Environment]::SetEnvironmentVariable('FAXBRIDGE_SIM_FAULT', $Fault)
        Remove-FaxModule
        Import-Module $ModuleManifest -Global
    }
}

Describe 'Export-, Compare- and Import-FaxConfiguration' {
    BeforeEach {
        $state = New-FaxTestState -World fleet -Environment @{ FAXBRIDGE_SIM_FAULT = $null }
        $fleet = Join-Path $state.Dir 'fleet.json'
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'walks the issue''s "Done when": export, a hand edit, compare, -WhatIf, import, and faxbridge config diff exits 0' {
        Export-FaxConfiguration -ComputerName localhost, FAXSRV02 -Path $fleet
        $document = Get-Content -LiteralPath $fleet -Raw | ConvertFrom-Json
        @($document.servers.name) | Should -Be @('localhost', 'FAXSRV02')
        $document.schemaVersion | Should -Be 1
        Compare-FaxConfiguration -Path $fleet | Should -BeNullOrEmpty

        Edit-FaxTestRings -File $fleet -Port 'USRobotics 56K Voice' -From 3 -To 5
        $differences = @(Compare-FaxConfiguration -Path $fleet)
        $differences.Count | Should -Be 1
        $differences[0].PSObject.TypeNames[0] | Should -Be 'FaxBridge.ConfigurationDifference'
        $differences[0].ComputerName | Should -Be 'localhost'
        $differences[0].Scope | Should -Be 'Port'
        $differences[0].Port | Should -Be 'USRobotics 56K Voice'
        $differences[0].Property | Should -Be 'rings'
        $differences[0].Expected | Should -Be 5
        $differences[0].Actual | Should -Be 3
        ($differences | Format-Table | Out-String) | Should -Match 'ComputerName\s+Scope\s+Port\s+Property\s+Expected\s+Actual'
        Compare-FaxConfiguration -Path $fleet -Quiet | Should -BeFalse

        $before = Read-FaxTestState $state
        Import-FaxConfiguration -Path $fleet -WhatIf | Should -BeNullOrEmpty
        Read-FaxTestState $state | Should -BeExactly $before -Because '-WhatIf changes nothing'
        $shown = Invoke-FaxChildPwsh "`$env:FAXBRIDGE_SIM_STATE = '$($state.StateFile)'; Import-Module ./module.psd1; Import-FaxConfiguration -Path '$fleet' -WhatIf"
        $shown.Output | Should -Match ("What if: Set rings 3 " + [char]0x2192 + " 5 on 'USRobotics 56K Voice' of localhost")
        Read-FaxTestState $state | Should -BeExactly $before

        $results = @(Import-FaxConfiguration -Path $fleet -Confirm:$false -PassThru)
        $results.Count | Should -Be 1
        $results[0].PSObject.TypeNames[0] | Should -Be 'FaxBridge.ConfigurationChange'
        $results[0].Status | Should -Be 'Applied'
        $results[0].ComputerName | Should -Be 'localhost'
        $results[0].Port | Should -Be 'USRobotics 56K Voice'
        (Get-FaxPort -Name 'USRobotics 56K Voice').Rings | Should -Be 5
        Compare-FaxConfiguration -Path $fleet -Quiet | Should -BeTrue

        $output = & node $Cli config diff $fleet 2>&1
        $LASTEXITCODE | Should -Be 0 -Because "$output"
    }

    It 'an export imported back is a no-op that says so, and a second import calls FaxSetPortW no more' {
        Export-FaxConfiguration -ComputerName localhost, FAXSRV02, FAXSRV01 -Path $fleet
        $before = Read-FaxTestState $state
        $verbose = Import-FaxConfiguration -Path $fleet -Confirm:$false -PassThru -Verbose 4>&1
        @($verbose | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }) | Should -BeNullOrEmpty
        @($verbose | ForEach-Object Message) | Should -Contain "FAXSRV02 is in line with $fleet; no change made."
        Read-FaxTestState $state | Should -BeExactly $before

        Edit-FaxTestRings -File $fleet -Port 'Brooktrout TR1034 Line 2' -From 1 -To 4
        @(Import-FaxConfiguration -Path $fleet -Confirm:$false -PassThru).Status | Should -Be @('Applied')
        # Any FaxSetPortW or FaxSetConfigurationW call from here on fails with access denied.
        Set-FaxTestFault 'FaxSetPortW:1:5,FaxSetConfigurationW:1:5'
        $Error.Clear()
        Import-FaxConfiguration -Path $fleet -Confirm:$false -PassThru | Should -BeNullOrEmpty
        $Error.Count | Should -Be 0
        (Get-FaxPort -ComputerName FAXSRV02 -Name 'Brooktrout TR1034 Line 2').Rings | Should -Be 4
    }

    It 'the document as an object: ConvertTo-Json writes it as the file, and Compare and Import take it' {
        Export-FaxConfiguration -ComputerName FAXSRV02 -Path $fleet
        $document = Export-FaxConfiguration -ComputerName FAXSRV02
        $document.PSObject.TypeNames[0] | Should -Be 'FaxBridge.Configuration'
        ($document | ConvertTo-Json -Depth 8 | ConvertFrom-Json | ConvertTo-Json -Depth 8 -Compress) |
            Should -BeExactly (Get-Content -LiteralPath $fleet -Raw | ConvertFrom-Json | ConvertTo-Json -Depth 8 -Compress)
        $document | Compare-FaxConfiguration | Should -BeNullOrEmpty
        $document.servers[0].ports[1].rings = 4
        $difference = $document | Compare-FaxConfiguration
        $difference.Port | Should -Be 'Brooktrout TR1034 Line 2'
        @($document | Import-FaxConfiguration -Confirm:$false -PassThru).Status | Should -Be @('Applied')
        (Get-FaxPort -ComputerName FAXSRV02 -Name 'Brooktrout TR1034 Line 2').Rings | Should -Be 4
        (Get-Content -LiteralPath $fleet -Raw) | Compare-FaxConfiguration | Select-Object -ExpandProperty Expected | Should -Be 1
    }

    It 'applies a template to three servers with {Server} and {DeviceName}, and compares them in line after' {
        $template = Join-Path $state.Dir 'branch.json'
        Set-Content -LiteralPath $template -Value @'
{
  "schemaVersion": 1,
  "template": {
    "configuration": { "retries": 4, "retryDelay": 7 },
    "ports": [ { "name": "Line*", "tsid": "{Server} fax", "csid": "{DeviceName} {Server}", "rings": 3 } ]
  }
}
'@
        { Compare-FaxConfiguration -Path $template -ErrorAction Stop } | Should -Throw '*template*give the servers*'
        $servers = 'BRANCH1', 'BRANCH2', 'BRANCH3'
        @(Compare-FaxConfiguration -Path $template -ComputerName $servers).Count | Should -Be (3 * (2 + 2 * 3))
        $results = @(Import-FaxConfiguration -Path $template -ComputerName $servers -Confirm:$false -PassThru)
        $results.Count | Should -Be 9
        @($results | Where-Object Status -ne 'Applied') | Should -BeNullOrEmpty
        foreach ($server in $servers) {
            $ports = @(Get-FaxPort -ComputerName $server)
            @($ports.Tsid | Sort-Object -Unique) | Should -Be @("$server fax")
            @($ports.Csid) | Should -Be @("Line 1 $server", "Line 2 $server")
            @($ports.Rings | Sort-Object -Unique) | Should -Be @(3)
            (Get-FaxServerConfiguration -ComputerName $server).RetryDelay | Should -Be 7
        }
        Compare-FaxConfiguration -Path $template -ComputerName $servers -Quiet | Should -BeTrue
        (Get-FaxPort -Name 'USRobotics 56K Voice').Csid | Should -Be 'Contoso Sales' -Because 'servers not named are left alone'
    }

    It 'an unreachable server and a missing port are non-terminating errors; the rest is applied' {
        $template = Join-Path $state.Dir 'template.json'
        Set-Content -LiteralPath $template -Value '{ "schemaVersion": 1, "template": { "ports": [ { "name": "Line 1", "rings": 5 }, { "name": "Line 9", "rings": 5 } ] } }'
        $errors = $null
        $results = @(Import-FaxConfiguration -Path $template -ComputerName NOSUCHSRV, BRANCH1, BRANCH2 -ThrottleLimit 2 -Confirm:$false -PassThru -ErrorVariable errors -ErrorAction SilentlyContinue)
        @($results.ComputerName) | Should -Be @('BRANCH1', 'BRANCH2')
        @($results.Status | Sort-Object -Unique) | Should -Be @('Applied')
        $unreachable = @($errors | Where-Object TargetObject -eq 'NOSUCHSRV')
        $unreachable.Count | Should -Be 1
        "$($unreachable[0].CategoryInfo.Category)" | Should -Be 'ConnectionError'
        $missing = @($errors | Where-Object TargetObject -eq 'Line 9')
        $missing.Count | Should -Be 2
        "$($missing[0].CategoryInfo.Category)" | Should -Be 'ObjectNotFound'
        $missing[0].Exception.Message | Should -BeLike "BRANCH1 has no port 'Line 9' ($template `$.template.ports``[1``]); the rest*"
        (Get-FaxPort -ComputerName BRANCH2 -Name 'Line 1').Rings | Should -Be 5
        $drift = @(Compare-FaxConfiguration -Path $template -ComputerName BRANCH1)
        $drift.Property | Should -Be @('Present')
        $drift.Port | Should -Be @('Line 9')
    }

    It 'a failure part-way says what was applied and what was not, and running it again completes it' {
        $template = Join-Path $state.Dir 'template.json'
        Set-Content -LiteralPath $template -Value '{ "schemaVersion": 1, "template": { "configuration": { "retries": 9 }, "ports": [ { "name": "Line 1", "rings": 5 }, { "name": "Line 2", "rings": 6 } ] } }'
        # The second FaxSetPortW of the sidecar fails: the configuration and Line 1 are set, Line 2 is not.
        Set-FaxTestFault 'FaxSetPortW:2:5'
        $errors = $null
        $warnings = $null
        $results = @(Import-FaxConfiguration -Path $template -ComputerName BRANCH1 -Confirm:$false -PassThru -ErrorVariable errors -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue)
        @($results.Status) | Should -Be @('Applied', 'Applied', 'Failed')
        $results[2].Description | Should -BeLike "Set rings 2 * 6 on 'Line 2' of BRANCH1"
        @($errors).Count | Should -Be 1
        "$($errors[0].CategoryInfo.Category)" | Should -Be 'PermissionDenied'
        $errors[0].TargetObject | Should -Be 'Line 2'
        (Get-FaxPort -ComputerName BRANCH1 -Name 'Line 1').Rings | Should -Be 5
        (Get-FaxPort -ComputerName BRANCH1 -Name 'Line 2').Rings | Should -Be 2
        Set-FaxTestFault $null
        @(Import-FaxConfiguration -Path $template -ComputerName BRANCH1 -Confirm:$false -PassThru).Description | Should -BeLike "Set rings 2 * 6 on 'Line 2' of BRANCH1"
        Compare-FaxConfiguration -Path $template -ComputerName BRANCH1 -Quiet | Should -BeTrue
    }

    It 'two imports racing on one server end with the server as the document says' {
        Export-FaxConfiguration -ComputerName BRANCH1 -Path $fleet
        $document = Get-Content -LiteralPath $fleet -Raw | ConvertFrom-Json
        foreach ($port in $document.servers[0].ports) { $port.rings = 7; $port.tsid = 'Raced' }
        $document.servers[0].configuration.retries = 6
        $document | ConvertTo-Json -Depth 8 | Set-Content -LiteralPath $fleet
        $race = {
            param($Module, $File)
            # Removing the module stops its sidecar; the repository's module is named after module.psd1.
            $loaded = Import-Module $Module -PassThru
            try {
                Import-FaxConfiguration -Path $File -Confirm:$false -PassThru -ErrorAction SilentlyContinue -ErrorVariable failed | ForEach-Object Status
                foreach ($record in $failed) { "error:$($record.CategoryInfo.Category)" }
            } finally {
                Remove-Module $loaded
            }
        }
        # Two runspaces, each with the module and so its own sidecar, importing at once. Runspaces
        # rather than Start-Job, whose child-process remoting breaks its pipe under Wine.
        $runs = @(1, 2) | ForEach-Object {
            $shell = [powershell]::Create()
            $null = $shell.AddScript($race).AddArgument($ModuleManifest).AddArgument($fleet)
            [pscustomobject]@{ Shell = $shell; Pending = $shell.BeginInvoke() }
        }
        $outcomes = @(foreach ($run in $runs) {
                try { $run.Shell.EndInvoke($run.Pending) } finally { $run.Shell.Dispose() }
            })
        # Each change is made once, by one of the two; a port the other had open at that moment
        # is refused as busy (ResourceBusy), never half-written.
        @($outcomes | Where-Object { $_ -like 'error:*' -and $_ -ne 'error:ResourceBusy' }) | Should -BeNullOrEmpty
        @($outcomes | Where-Object { $_ -eq 'Applied' }).Count | Should -BeGreaterOrEqual 3
        if (-not (Compare-FaxConfiguration -Path $fleet -Quiet)) { $null = Import-FaxConfiguration -Path $fleet -Confirm:$false }
        Compare-FaxConfiguration -Path $fleet -Quiet | Should -BeTrue
        @(Get-FaxPort -ComputerName BRANCH1 | ForEach-Object Rings) | Should -Be @(7, 7)
        (Get-FaxServerConfiguration -ComputerName BRANCH1).Retries | Should -Be 6
    }

    It 'shows its progress server by server while it compares, and ends the progress display when done' {
        Export-FaxConfiguration -ComputerName BRANCH1, BRANCH2, BRANCH3 -Path $fleet
        # A runspace of its own keeps the progress records (Streams.Progress), as a host shows them.
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddScript({
                    param($Module, $File)
                    $loaded = Import-Module $Module -PassThru
                    try { Compare-FaxConfiguration -Path $File } finally { Remove-Module $loaded }
                }).AddArgument($ModuleManifest).AddArgument($fleet)
            $differences = @($shell.Invoke())
            @($shell.Streams.Error) | Should -BeNullOrEmpty
            $records = @($shell.Streams.Progress | Where-Object Activity -EQ "Comparing each server with $fleet")
        } finally {
            $shell.Dispose()
        }
        $differences | Should -BeNullOrEmpty
        $shown = @($records | Where-Object RecordType -EQ 'Processing')
        # Three servers at once: they finish in any order, each named once.
        $shown.Count | Should -Be 3
        @($shown.StatusDescription -replace '; the last: .*$') | Should -Be @('1 of 3 servers done', '2 of 3 servers done', '3 of 3 servers done')
        @($shown.StatusDescription -replace '^.*; the last: ' | Sort-Object) | Should -Be @('BRANCH1', 'BRANCH2', 'BRANCH3')
        @($shown.PercentComplete) | Should -Be @(33, 67, 100)
        $records[-1].RecordType | Should -Be 'Completed'
    }

    It 'imports over a fleet for longer than the module''s timeout, since each server answers within it' {
        # Every simulated call on these servers takes 150 ms: about 1.2 s a server, 7 s for the
        # six one at a time, against a 3 s timeout that counts from the sidecar's last word.
        Remove-FaxTestState $state
        $state = New-FaxTestState -World slowfleet -Environment @{ FAXBRIDGE_SIM_FAULT = $null; FAXBRIDGE_TIMEOUT_SECONDS = '3' }
        $fleet = Join-Path $state.Dir 'fleet.json'
        $servers = 1..6 | ForEach-Object { "SLOWBRANCH$_" }
        Export-FaxConfiguration -ComputerName $servers -Path $fleet
        Edit-FaxTestRings -File $fleet -Port 'Line 1' -From 2 -To 4
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $outcomes = @(Import-FaxConfiguration -Path $fleet -ThrottleLimit 1 -Confirm:$false -PassThru)
        $clock.Elapsed.TotalSeconds | Should -BeGreaterThan 3 -Because 'the import must outlast the timeout to show anything'
        @($outcomes | ForEach-Object { "$($_.ComputerName) $($_.Status)" }) | Should -Be @($servers | ForEach-Object { "$_ Applied" })
        @(Get-FaxPort -ComputerName $servers | ForEach-Object Rings) | Should -Be @(4, 4, 4, 4, 4, 4)
    }

    It 'compares a document of more than a megabyte: a server of 3,700 lines' {
        & node $Cli simulator generate --ports 3700 | Out-Null
        $LASTEXITCODE | Should -Be 0
        Export-FaxConfiguration -Path $fleet
        (Get-Item -LiteralPath $fleet).Length | Should -BeGreaterThan 1MB
        Compare-FaxConfiguration -Path $fleet -Quiet | Should -BeTrue
    }

    It 'refuses a document too long to carry, naming the file: <Case>' -TestCases @(
        @{ Case = 'longer than the sidecar takes'; Megabytes = 9; Category = 'InvalidArgument'; Expected = '*the document is * characters long; one request carries at most 8388608*' }
        @{ Case = 'longer than a request line'; Megabytes = 17; Category = 'LimitsExceeded'; Expected = "*configuration.compare request for '*huge.json' is too large to send:*at most 16777216*" }
    ) {
        $huge = Join-Path $state.Dir 'huge.json'
        [System.IO.File]::WriteAllText($huge, '{ "schemaVersion": 1, "servers": [] }' + (' ' * ($Megabytes * 1MB)))
        $failure = Get-FaxErrorSummary { Compare-FaxConfiguration -Path $huge }
        $failure.Category | Should -Be $Category
        $failure.Target | Should -Be $huge
        $failure.Message | Should -BeLike $Expected
        # The sidecar still serves the next request.
        @(Get-FaxPort -ComputerName BRANCH1).Count | Should -Be 2
    }

    It 'refuses a malformed document with its path and line before touching a server: <Case>' -TestCases @(
        @{ Case = 'bad JSON'; Text = "{`n  ""schemaVersion"": 1,`n  ""servers"": [ { ""name"": ""BRANCH1"" ]`n}"; Expected = "*broken.json:3:*not valid JSON*" }
        @{ Case = 'a wrong type'; Text = "{`n  ""schemaVersion"": 1,`n  ""servers"": [ { ""name"": ""BRANCH1"",`n    ""ports"": [ { ""name"": ""Line 1"", ""rings"": ""3"" } ] } ]`n}"; Expected = '*broken.json:4:*$.servers`[0`].ports`[0`].rings: expected a whole number*' }
        @{ Case = 'an unknown field'; Text = "{`n  ""schemaVersion"": 1,`n  ""servers"": [ { ""name"": ""BRANCH1"", ""ringz"": 3 } ]`n}"; Expected = '*broken.json:3:*$.servers`[0`].ringz: unknown property "ringz"*' }
        @{ Case = 'a value out of range'; Text = "{`n  ""schemaVersion"": 1,`n  ""servers"": [ { ""name"": ""BRANCH1"",`n    ""ports"": [ { ""name"": ""Line 1"", ""rings"": 100 } ] } ]`n}"; Expected = '*broken.json:4:*rings: 100 is out of range*' }
        @{ Case = 'a malformed GUID'; Text = "{`n  ""schemaVersion"": 1,`n  ""servers"": [ { ""name"": ""BRANCH1"",`n    ""ports"": [ { ""name"": ""Line 1"", ""routingMethods"": [ { ""guid"": ""not-a-guid"" } ] } ] } ]`n}"; Expected = '*broken.json:4:*routingMethods`[0`].guid*' }
        @{ Case = 'priorities that are not a permutation'; Text = "{`n  ""schemaVersion"": 1,`n  ""servers"": [ { ""name"": ""BRANCH1"", ""ports"": [`n    { ""name"": ""Line 1"", ""priority"": 1 },`n    { ""name"": ""Line 2"", ""priority"": 1 } ] } ]`n}"; Expected = '*broken.json:5:*priority 1 is already given*' }
    ) {
        $broken = Join-Path $state.Dir 'broken.json'
        [System.IO.File]::WriteAllText($broken, $Text)
        $before = Read-FaxTestState $state
        Push-Location $state.Dir
        try {
            $failure = Get-FaxErrorSummary { Import-FaxConfiguration -Path broken.json -Confirm:$false }
        } finally {
            Pop-Location
        }
        $failure.Category | Should -Be 'InvalidData'
        $failure.Target | Should -Be 'broken.json'
        $failure.Message | Should -BeLike $Expected
        Read-FaxTestState $state | Should -BeExactly $before
    }

    It 'a routing method the server lacks is refused for that server, which gets no write' {
        $template = Join-Path $state.Dir 'template.json'
        Set-Content -LiteralPath $template -Value '{ "schemaVersion": 1, "template": { "ports": [ { "name": "Line 1", "rings": 5, "routingMethods": [ { "guid": "{00000000-0000-0000-0000-000000000001}" } ] } ] } }'
        $before = Read-FaxTestState $state
        $failure = Get-FaxErrorSummary { Import-FaxConfiguration -Path $template -ComputerName BRANCH1 -Confirm:$false }
        $failure.Category | Should -Be 'InvalidData'
        $failure.Message | Should -BeLike '*$.template.ports`[0`].routingMethods`[0`].guid: BRANCH1 has no routing method {00000000-0000-0000-0000-000000000001}*nothing is written to BRANCH1.'
        Read-FaxTestState $state | Should -BeExactly $before
    }

    It 'refuses -ThrottleLimit 0 at binding and a document file that is not there' {
        Export-FaxConfiguration -ComputerName BRANCH1 -Path $fleet
        { Import-FaxConfiguration -Path $fleet -ThrottleLimit 0 -WhatIf } | Should -Throw '*ThrottleLimit*'
        $missing = Get-FaxErrorSummary { Compare-FaxConfiguration -Path (Join-Path $state.Dir 'nothing.json') }
        $missing.Category | Should -Be 'ObjectNotFound'
        $missing.Message | Should -BeLike "Cannot find the configuration document*nothing.json*"
    }
}

Describe 'objects through remoting''s serialisation (PSSerializer)' {
    BeforeEach {
        $state = New-FaxTestState -World fleet
    }
    AfterEach {
        Remove-FaxTestState $state
    }
    BeforeAll {
        function Copy-ThroughRemoting($Value) {
            [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($Value))
        }
    }

    It 'Deserialized.FaxBridge.<Type> formats with the same view as the live object' -TestCases @(
        @{ Type = 'Port'; Read = { Get-FaxPort -ComputerName FAXSRV02 } }
        @{ Type = 'DeviceStatus'; Read = { Get-FaxDeviceStatus -ComputerName FAXSRV02 -DeviceId 131073 } }
        @{ Type = 'RoutingMethod'; Read = { Get-FaxRoutingMethod -DeviceId 65537 } }
        @{ Type = 'ServerConfiguration'; Read = { Get-FaxServerConfiguration -ComputerName FAXSRV02 } }
        @{ Type = 'ConfigurationDifference'; Read = { $d = Export-FaxConfiguration -ComputerName BRANCH1; $d.servers[0].ports[0].rings = 9; $d | Compare-FaxConfiguration } }
    ) {
        $live = @(& $Read)
        $remote = @(foreach ($item in $live) { Copy-ThroughRemoting $item })
        $remote[0].PSObject.TypeNames[0] | Should -Be "Deserialized.FaxBridge.$Type"
        ($remote | Format-Table | Out-String -Width 200) | Should -BeExactly ($live | Format-Table | Out-String -Width 200)
        ($remote | Out-String -Width 200) | Should -BeExactly ($live | Out-String -Width 200)
    }

    It 'deserialized ports pipe into Set-FaxPort, and a deserialized document into Compare- and Import-FaxConfiguration' {
        $ports = @(Copy-ThroughRemoting (Get-FaxPort -ComputerName BRANCH1))
        $ports | Set-FaxPort -Rings 8 -Confirm:$false
        @(Get-FaxPort -ComputerName BRANCH1).Rings | Should -Be @(8, 8)

        $document = Copy-ThroughRemoting (Export-FaxConfiguration -ComputerName BRANCH1)
        $document.PSObject.TypeNames[0] | Should -Be 'Deserialized.FaxBridge.Configuration'
        $document.servers[0].ports[0].rings | Should -Be 8 -Because 'the document keeps its nesting through serialisation'
        $document | Compare-FaxConfiguration | Should -BeNullOrEmpty
        Set-FaxPort -ComputerName BRANCH1 -Name 'Line 2' -Rings 1 -Confirm:$false
        $difference = $document | Compare-FaxConfiguration
        $difference.Port | Should -Be 'Line 2'
        @($document | Import-FaxConfiguration -Confirm:$false -PassThru).Status | Should -Be @('Applied')
        (Get-FaxPort -ComputerName BRANCH1 -Name 'Line 2').Rings | Should -Be 8
    }
}
