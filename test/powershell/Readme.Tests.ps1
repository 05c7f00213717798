# Every command the README shows, run against a temporary simulator state that starts as the
# simulator's default (the state the README's outputs show), with the README's shown output
# compared where it shows one. The commands are read from README.md at discovery: the lines of its
# sh and powershell blocks (PS> lines in the latter, the rest is output), the synopsis lines of
# its command-line section and its inline npx/Import-Module/Get-Help commands. A command with no
# handler below fails, so a new README command needs a test.

BeforeDiscovery {
    $readme = Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../README.md')
    $commands = [System.Collections.Generic.List[hashtable]]::new()
    $fence = $null
    for ($i = 0; $i -lt $readme.Count; $i++) {
        $line = $readme[$i]
        if ($line -match '^```(\w*)') {
            if ($null -eq $fence) { $fence = $Matches[1] } else { $fence = $null }
            continue
        }
        if ($fence -eq 'sh') {
            # The quick start chains its steps with &&: each is its own command.
            foreach ($part in $line -split ' && ') { if ($part.Trim()) { $commands.Add(@{ Command = $part.Trim(); Line = $i + 1; Shown = $null }) } }
        } elseif ($fence -eq 'powershell' -and $line -match '^PS> (.+)$') {
            $typed = $Matches[1]
            $shown = @()
            for ($j = $i + 1; $j -lt $readme.Count -and $readme[$j] -notmatch '^```|^PS> '; $j++) { $shown += $readme[$j] }
            $commands.Add(@{ Command = $typed; Line = $i + 1; Shown = ($shown -join "`n") })
        } elseif ($fence -eq '' -and $line -match '^faxbridge \w') {
            $commands.Add(@{ Command = $line.Trim(); Line = $i + 1; Shown = $null })
        } elseif ($null -eq $fence) {
            foreach ($span in [regex]::Matches($line, '`((?:npx faxbridge|Import-Module|Get-Help) [^`]+)`')) {
                $commands.Add(@{ Command = $span.Groups[1].Value; Line = $i + 1; Shown = $null })
            }
        }
        # The output block right after the quick start's pwsh command is what that command shows.
        if ($fence -eq '' -and $readme[$i - 1] -eq '```' -and $commands.Count -and $commands[-1].Command -like 'dotnet tool run pwsh*' -and $null -eq $commands[-1].Shown) {
            $shown = @()
            for ($j = $i; $j -lt $readme.Count -and $readme[$j] -notmatch '^```'; $j++) { $shown += $readme[$j] }
            $commands[-1].Shown = $shown -join "`n"
        }
    }
    $cases = @($commands)
    # The sh blocks' pwsh and npx commands are typed into a Linux shell in a clone (tag LinuxShell).
    $groups = @(
        @{ Tag = @(); Cases = @($cases | Where-Object { $_.Command -notmatch '^(dotnet tool run pwsh|npx) ' }) }
        @{ Tag = @('LinuxShell'); Cases = @($cases | Where-Object { $_.Command -match '^(dotnet tool run pwsh|npx) ' }) }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $cli = Join-Path $RepoRoot 'dist/src/cli/main.js'

    # -Terminal: as typed in a 200-column terminal (script(1) gives it a pty), where Format-Table
    # shows every column as the README does; without one pwsh formats for 80 columns.
    function Invoke-ReadmeShell([string] $Command, [switch] $Terminal) {
        if ($Terminal) {
            $quoted = "'" + ("stty cols 200 rows 50; $Command" -replace "'", "'\''") + "'"
            $Command = "TERM=dumb script -qec $quoted /dev/null < /dev/null"
        }
        Push-Location $RepoRoot
        $previousColor = $env:NO_COLOR
        # What a script or a log sees: no colours.
        $env:NO_COLOR = '1'
        try {
            $output = & bash -c $Command 2>&1 | Out-String
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output }
        } finally {
            $env:NO_COLOR = $previousColor
            Pop-Location
        }
    }

    # Trailing blanks, blank edge lines and terminal control sequences are not part of what the README shows.
    function Format-Shown([string] $Text) {
        $plain = $Text -replace "`e\[[0-9;?]*[A-Za-z]|`e[=>]", ''
        (($plain -split '\r?\n' | ForEach-Object { $_.TrimEnd() }) -join "`n").Trim("`n")
    }

    # Installing, and running the suites, are what CI's .ci/run does on every change: these
    # commands are exercised there (the test checks that .ci/run runs them), not here.
    $exercisedByCi = 'npm ci', 'dotnet tool restore', 'npm test'
    $routeByEmail = '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}'

    # The "Configuration as code" walk-through: each step runs after the ones before it, in the
    # test's folder (the npx step as node with the built CLI, since npx resolves from the clone).
    $readmeLines = @(Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md'))
    $walkStart = [array]::IndexOf($readmeLines, '## Configuration as code')
    $configurationWalk = @(for ($i = $walkStart + 1; $walkStart -ge 0 -and $i -lt $readmeLines.Count -and $readmeLines[$i] -notmatch '^## '; $i++) {
            if ($readmeLines[$i] -match '^PS> (.+)$') { $Matches[1] }
        })
    function Invoke-ReadmeWalkStep([string] $Step) {
        if ($Step -match '^npx faxbridge (.+)$') {
            $arguments = @($Matches[1] -split ' ')
            $output = & node $cli @arguments 2>&1 | Out-String
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output }
        } else {
            [pscustomobject]@{ ExitCode = 0; Output = (& ([scriptblock]::Create($Step)) | Out-String -Width 120) }
        }
    }

    $handlers = [ordered]@{
        '^(npm ci|dotnet tool restore|npm test)$'      = {
            param($Command)
            $Command | Should -BeIn $exercisedByCi
            Get-Content -LiteralPath (Join-Path $RepoRoot '.ci/run') | Should -Contain $Command
        }
        '^dotnet tool run pwsh -NoProfile -Command '   = {
            param($Command, $Shown)
            $run = Invoke-ReadmeShell $Command -Terminal
            $run.ExitCode | Should -Be 0 -Because $run.Output
            Format-Shown $run.Output | Should -BeExactly (Format-Shown $Shown)
        }
        "^Get-FaxPort -Name 'USRobotics 56K Voice' \| Set-FaxPort -Rings 4 -PassThru$" = {
            param($Command, $Shown)
            $shownNow = & ([scriptblock]::Create($Command)) | Out-String -Width 120
            Format-Shown $shownNow | Should -BeExactly (Format-Shown $Shown)
        }
        '^npx faxbridge port set 65538 --rings 4$'     = {
            param($Command)
            $run = Invoke-ReadmeShell $Command
            $run.ExitCode | Should -Be 0 -Because $run.Output
            (Get-FaxPort -DeviceId 65538).Rings | Should -Be 4
        }
        '^npx faxbridge port list$'                    = {
            param($Command)
            $run = Invoke-ReadmeShell $Command
            $run.ExitCode | Should -Be 0 -Because $run.Output
            $run.Output | Should -Match '65538\s+USRobotics 56K Voice\s+Available'
        }
        '^npx faxbridge simulator reset$'              = {
            param($Command)
            Set-FaxPort -DeviceId 65538 -Rings 9 -Confirm:$false
            $run = Invoke-ReadmeShell $Command
            $run.ExitCode | Should -Be 0 -Because $run.Output
            Remove-FaxModule
            Import-Module $ModuleManifest -Global
            (Get-FaxPort -DeviceId 65538).Rings | Should -Be 3
        }
        "^Get-FaxJob( \| Where-Object QueueStatus -contains 'Retrying' \| Restart-FaxJob -PassThru)?$" = {
            param($Command, $Shown)
            $shownNow = & ([scriptblock]::Create($Command)) | Out-String -Width 120
            Format-Shown $shownNow | Should -BeExactly (Format-Shown $Shown)
        }
        # Each job command on a job of the default queue that is in a state for it.
        '^faxbridge job \w'                           = {
            param($Command)
            $jobFor = @{ get = '1002'; pause = '1001'; resume = '1002'; restart = '1004'; cancel = '1003' }
            $words = @(($Command -replace '\[[^\]]*\]', '') -split '\s+' | Where-Object { $_ })
            foreach ($verb in @($words[2] -split '\|')) {
                $arguments = @('job', $verb)
                if ($Command -match '<id>') { $arguments += $jobFor[$verb] }
                $arguments += '--server', 'localhost', '--json'
                $output = & node $cli @arguments 2>&1 | Out-String
                $LASTEXITCODE | Should -Be 0 -Because "faxbridge $arguments said: $output"
                if ($verb -eq 'cancel') { $output.Trim() | Should -Be 'null' } else { $output | ConvertFrom-Json | Should -Not -BeNullOrEmpty }
            }
            if ($Command -match 'cancel') {
                @(Get-FaxJob).Id | Should -Be @(1001, 1002, 1004, 1005)
                @(Get-FaxJob | ForEach-Object { $_.QueueStatus -join ',' }) | Should -Be @('Paused', 'Pending', 'Pending', 'InProgress')
            }
        }
        # The synopsis: each form run with its placeholders filled in (and, for a change, its first
        # option), asking for JSON where it offers it.
        '^faxbridge \w'                               = {
            param($Command)
            $values = @{ port = '65538'; guid = $routeByEmail; N = '4'; TEXT = 'Contoso' }
            $words = @((($Command -replace '\[[^\]]*\]', '') -split '\s+') | Where-Object { $_ } | Select-Object -Skip 1 | ForEach-Object {
                    if ($_ -match '^<(\w+)>$') { $values[$Matches[1]] } else { $_ }
                })
            # "enable|disable" is two commands: run each.
            $verbs = @($words[1] -split '\|')
            foreach ($verb in $verbs) {
                $arguments = @($words[0], $verb) + @($words | Select-Object -Skip 2)
                if ($verb -eq 'set' -and $Command -match '\[(--[\w-]+) (N|TEXT)\]') { $arguments += $Matches[1], $values[$Matches[2]] }
                if ($Command -match '--server NAME') { $arguments += '--server', 'localhost' }
                if ($Command -match '--json') { $arguments += '--json' }
                $output = & node $cli @arguments 2>&1 | Out-String
                $LASTEXITCODE | Should -Be 0 -Because "faxbridge $arguments said: $output"
                if ($arguments -contains '--json') { $output | ConvertFrom-Json | Should -Not -BeNullOrEmpty }
                if ("$arguments" -like 'port set 65538 --rings 4*') { (Get-FaxPort -DeviceId 65538).Rings | Should -Be 4 }
            }
        }
        '^Import-Module \./module\.psd1$'              = {
            param($Command)
            Remove-FaxModule
            Push-Location $RepoRoot
            try { & ([scriptblock]::Create($Command)) } finally { Pop-Location }
            @(Get-Command Get-FaxPort, Set-FaxPort).Count | Should -Be 2
            @(Get-FaxPort).Count | Should -Be 4
        }
        '^Import-Module FaxBridge$'                    = {
            param($Command)
            # The installed package: InstalledPackage.Tests.ps1 installs it and imports it by this name.
            Join-Path $PSScriptRoot 'InstalledPackage.Tests.ps1' | Should -FileContentMatch "'Import-Module FaxBridge',"
        }
        '^Get-Help about_FaxBridge$'                   = {
            param($Command)
            # From the clone, as this suite imports the module: powershell/ is its module base.
            $help = & ([scriptblock]::Create($Command)) | Out-String
            $help | Should -BeLike '*about_FaxBridge*'
            $help | Should -BeLike '*Get-FaxPort*'
        }
        '^(Export|Compare|Import)-FaxConfiguration |^\(Get-Content fleet\.json -Raw\) |^npx faxbridge config ' = {
            param($Command, $Shown)
            $index = [array]::IndexOf($configurationWalk, $Command)
            $index | Should -BeGreaterOrEqual 0 -Because 'the command is a step of the Configuration as code walk-through'
            Push-Location $state.Dir
            try {
                foreach ($step in @($configurationWalk | Select-Object -First $index)) {
                    $earlier = Invoke-ReadmeWalkStep $step
                    $earlier.ExitCode | Should -Be 0 -Because "$step said: $($earlier.Output)"
                }
                if ($Command -match '-WhatIf') {
                    $before = if (Test-Path -LiteralPath $state.StateFile) { Read-FaxTestState $state } else { $null }
                    $child = Invoke-FaxChildPwsh "Set-Location '$($state.Dir)'; Import-Module '$ModuleManifest'; $Command"
                    $child.ExitCode | Should -Be 0 -Because $child.Output
                    Format-Shown $child.Output | Should -BeExactly (Format-Shown $Shown)
                    $after = if (Test-Path -LiteralPath $state.StateFile) { Read-FaxTestState $state } else { $null }
                    $after | Should -BeExactly $before -Because '-WhatIf changes nothing'
                } else {
                    $run = Invoke-ReadmeWalkStep $Command
                    $run.ExitCode | Should -Be 0 -Because $run.Output
                    Format-Shown $run.Output | Should -BeExactly (Format-Shown $Shown)
                }
                if ($Command -like 'npx faxbridge config diff*') { Compare-FaxConfiguration -Path fleet.json -Quiet | Should -BeTrue }
            } finally {
                Pop-Location
            }
        }
        '^Get-Help Set-FaxPort -Examples$'             = {
            param($Command)
            & ([scriptblock]::Create($Command)) | Out-String -Width 200 | Should -BeLike "*Get-FaxPort -Name 'USRobotics 56K Voice' | Set-FaxPort -Rings 4 -PassThru*"
        }
    }
}

Describe 'every command in the README' {
    BeforeEach {
        $state = New-FaxTestState -World standard
        # No file: the simulator starts from its default servers, the ones the README shows.
        Remove-Item -LiteralPath $state.StateFile
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'finds the README commands' -TestCases @{ Count = $cases.Count } {
        $Count | Should -BeGreaterThan 5
    }

    foreach ($group in $groups) {
        It 'README line <Line>: <Command>' -Tag $group.Tag -TestCases $group.Cases {
            $key = @($handlers.Keys | Where-Object { $Command -match $_ }) | Select-Object -First 1
            $key | Should -Not -BeNullOrEmpty -Because 'every README command needs a test in Readme.Tests.ps1'
            & $handlers[$key] $Command $Shown
        }
    }
}
