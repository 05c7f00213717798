# The module's side of the sidecar: starting it (and failing to, with what was tried), showing
# what it says on its standard error, stopping it cleanly, and the module's own layout.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')

    function Invoke-FaxStartFailure {
        # Get-FaxPort with FAXBRIDGE_NODE set to -Node: the terminating error and how long it took.
        param([string] $Node, [hashtable] $Environment = @{})
        $script:state = New-FaxTestState -World module -Environment (@{ FAXBRIDGE_NODE = $Node } + $Environment)
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $caught = $null
        try { Get-FaxPort } catch { $caught = $_ }
        [pscustomobject]@{ Error = $caught; Seconds = $clock.Elapsed.TotalSeconds }
    }

    function Invoke-FaxInScratchFolder {
        # Runs -Body with a new empty folder (its path as the argument), and deletes the folder after.
        param([scriptblock] $Body)
        $dir = Join-Path ([System.IO.Path]::GetTempPath()) ('faxbridge-node-' + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $dir
        try { & $Body $dir } finally { Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue }
    }

    function Test-FaxProcessAlive {
        # Whether process -Id still runs a second after it was killed. A killed child stays a
        # zombie (state Z in /proc/<id>/stat) until whoever inherited it reaps it: that is dead.
        param([int] $Id)
        $deadline = [DateTime]::UtcNow.AddSeconds(1)
        while ($null -ne (Get-Process -Id $Id -ErrorAction SilentlyContinue)) {
            $stat = Join-Path '/proc' "$Id/stat"
            if ((Test-Path -LiteralPath $stat) -and ((Get-Content -LiteralPath $stat -Raw) -replace '^.*\) ', '').StartsWith('Z')) { return $false }
            if ([DateTime]::UtcNow -gt $deadline) { return $true }
            Start-Sleep -Milliseconds 50
        }
        $false
    }
}

Describe 'Starting the sidecar' {
    AfterEach {
        if ($state) { Remove-FaxTestState $state }
        $script:state = $null
    }

    # /bin/cat has no Windows counterpart that echoes a pipe (tag UnixPrograms).
    foreach ($group in @(
            @{ Tag = @(); Cases = @(
                    @{ Case = 'a missing file'; Make = { param($dir) Join-Path $dir 'no-such-node' }; Says = '*does not exist*' }
                    @{ Case = 'a folder'; Make = { param($dir) $dir }; Says = '*is a folder*' }
                    # On Windows a file without an executable's format: "not a valid application".
                    @{ Case = 'a file that is not executable'; Make = { param($dir) $f = Join-Path $dir 'plain'; Set-Content -LiteralPath $f -Value 'text'; if (-not ([System.Environment]::OSVersion.Platform -eq 'Win32NT')) { chmod 644 $f }; $f }; Says = '*Could not start*' }
                ) }
            @{ Tag = @('UnixPrograms'); Cases = @(
                    @{ Case = 'cat, which echoes the handshake back'; Make = { param($dir) $f = Join-Path $dir 'cat'; Copy-Item /bin/cat $f; $f }; Says = '*' }
                ) }
        )) {
        It 'FAXBRIDGE_NODE naming <Case> is a ResourceUnavailable error naming the path' -Tag $group.Tag -TestCases $group.Cases {
            param($Case, $Make, $Says)
            Invoke-FaxInScratchFolder {
                param($dir)
                $node = & $Make $dir
                $result = Invoke-FaxStartFailure -Node $node
                "$($result.Error.CategoryInfo.Category)" | Should -Be 'ResourceUnavailable'
                $result.Error.FullyQualifiedErrorId | Should -Be 'FaxBridge.SidecarStartFailed,Get-FaxPort'
                $result.Error.TargetObject | Should -Be $node
                $result.Error.Exception.Message | Should -BeLike "*'$node'*"
                $result.Error.Exception.Message | Should -BeLike $Says
                # It was set: telling the user to set it would send them in circles.
                $result.Error.Exception.Message | Should -Not -BeLike '*install it, or set FAXBRIDGE_NODE*'
            }
        }
    }

    It 'yes, which floods its output with a line that is not JSON: refused at once, and killed' -Tag 'UnixPrograms' {
        Invoke-FaxInScratchFolder {
            param($dir)
            $yes = Join-Path $dir 'yes'
            Copy-Item /usr/bin/yes $yes
            $result = Invoke-FaxStartFailure -Node $yes
            "$($result.Error.CategoryInfo.Category)" | Should -Be 'ResourceUnavailable'
            $result.Error.Exception.Message | Should -BeLike "*'$yes'*not a JSON-RPC reply*"
            $result.Seconds | Should -BeLessThan 10
            @(Get-Process | Where-Object { $_.Path -eq $yes }).Count | Should -Be 0
        }
    }

    It 'a program that never answers: the handshake times out, and it and its children are killed' -Tag 'UnixPrograms' {
        Invoke-FaxInScratchFolder {
            param($dir)
            $silent = Join-Path $dir 'silent'
            $pids = Join-Path $dir 'pids'
            Set-Content -LiteralPath $silent -Value "#!/bin/sh`nsleep 300 &`necho `$`$ `$! > '$pids'`nwait"
            chmod 755 $silent
            $result = Invoke-FaxStartFailure -Node $silent -Environment @{ FAXBRIDGE_TIMEOUT_SECONDS = '2' }
            "$($result.Error.CategoryInfo.Category)" | Should -Be 'ResourceUnavailable'
            $result.Error.Exception.Message | Should -BeLike "*'$silent'*did not answer the FaxBridge handshake within 2 seconds*"
            $result.Seconds | Should -BeLessThan 10
            $started = (Get-Content -LiteralPath $pids) -split ' '
            $started.Count | Should -Be 2
            foreach ($id in $started) { Test-FaxProcessAlive -Id ([int]$id) | Should -BeFalse -Because "process $id was started for the sidecar" }
        }
    }

    It 'quotes a failing start''s standard error as UTF-8' {
        Invoke-FaxInScratchFolder {
            param($dir)
            $text = "no L$([char]0xED)nea, $([char]0x4E2D)$([char]0x6587)"
            $utf8 = New-Object System.Text.UTF8Encoding($false)
            if (([System.Environment]::OSVersion.Platform -eq 'Win32NT')) {
                # A batch file (Process.Start runs it through cmd.exe) running a Windows program that
                # writes UTF-8 to its standard error: node.exe, with a script that fails at once.
                $script = Join-Path $dir 'fail.js'
                [System.IO.File]::WriteAllText($script, "process.stderr.write('$text\n'); process.exitCode = 3;`n", $utf8)
                $windowsNode = if ($env:FAXBRIDGE_NODE) { $env:FAXBRIDGE_NODE } else { (Get-Command node -CommandType Application | Select-Object -First 1).Source }
                $broken = Join-Path $dir 'node.cmd'
                Set-Content -LiteralPath $broken -Value "@`"$windowsNode`" `"$script`"`r`n@exit /b %ERRORLEVEL%"
            } else {
                $broken = Join-Path $dir 'node'
                [System.IO.File]::WriteAllText($broken, "#!/bin/sh`necho '$text' >&2`nexit 3`n", $utf8)
                chmod 755 $broken
            }
            $result = Invoke-FaxStartFailure -Node $broken
            $result.Error.Exception.Message | Should -BeLike "*exited before answering its handshake: $text"
        }
    }
}

Describe 'What the sidecar says on its standard error' {
    BeforeEach {
        $state = New-FaxTestState -World module -Environment @{ FAXBRIDGE_LIBRARY = 'garbage' }
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'FAXBRIDGE_LIBRARY=garbage: -Verbose shows where the sidecar looked, and the error says to use it' {
        $verbose = @(Get-FaxPort -Verbose -ErrorAction SilentlyContinue -ErrorVariable problems 4>&1 | ForEach-Object { "$_" })
        $problems.Count | Should -Be 1
        "$($problems[0].CategoryInfo.Category)" | Should -Be 'NotInstalled'
        $problems[0].Exception.Message | Should -BeLike '*-Verbose*'
        $problems[0].Exception.Message | Should -Not -BeLike '*sidecar log*'
        @($verbose | Where-Object { $_ -like 'FaxBridge sidecar: *garbage*FAXBRIDGE_LIBRARY*' }).Count | Should -Be 1
    }
}

Describe 'Stopping the sidecar' {
    BeforeEach {
        $state = New-FaxTestState -World module
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'stops it cleanly and quickly even when its replies have not been read' {
        $null = Get-FaxPort
        $module = (Get-Command Get-FaxPort).Module
        # Replies nobody reads fill the pipe, so the sidecar cannot write them out and exit
        # (as it cannot on Windows until its last reply is read): Stop-FaxSidecar must read them.
        $stopped = & $module {
            $line = '{"jsonrpc":"2.0","id":1000,"method":"port.list","params":{}}' + "`n"
            # Node writes to a Windows pipe synchronously: once its stdout is full it reads no more
            # of its stdin, so there the requests must fit stdin's 4 KB pipe or this Write blocks.
            $script:FaxSidecar.Writer.Write($line * $(if (([System.Environment]::OSVersion.Platform -eq 'Win32NT')) { 50 } else { 400 }))
            Start-Sleep -Milliseconds 500
            $process = $script:FaxSidecar.Process
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            Stop-FaxSidecar
            [pscustomobject]@{ Seconds = $clock.Elapsed.TotalSeconds; Said = @($script:FaxSidecarErrors.ToArray()); Sidecar = $script:FaxSidecar; Process = $process }
        }
        $stopped.Said | Should -Contain 'faxbridge serve: stopped (shutdown requested)'
        $stopped.Seconds | Should -BeLessThan 3
        $stopped.Sidecar | Should -BeNullOrEmpty
    }

    It 'Remove-Module stops the sidecar with its shutdown, not a kill, within a second' {
        $null = Get-FaxPort
        $module = (Get-Command Get-FaxPort).Module
        $id = & $module { $script:FaxSidecar.Process.Id }
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        Remove-Module $module
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 1
        Test-FaxProcessAlive -Id $id | Should -BeFalse
        @(& $module { $script:FaxSidecarErrors.ToArray() }) | Should -Contain 'faxbridge serve: stopped (shutdown requested)'
    }
}

Describe 'The module''s layout' {
    It 'Get-Help about_FaxBridge works after Import-Module ./module.psd1 from the clone' {
        $state = New-FaxTestState -World module
        try {
            $help = Get-Help about_FaxBridge | Out-String
            $help | Should -BeLike '*about_FaxBridge*'
            $help | Should -BeLike '*Get-FaxPort*'
        } finally {
            Remove-FaxTestState $state
        }
    }

    It 'loads every function from a folder whose path holds [ and ]' {
        $dir = Join-Path ([System.IO.Path]::GetTempPath()) ('faxbridge-[1]-' + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $dir
        try {
            Copy-Item -LiteralPath (Join-Path $RepoRoot 'powershell') -Destination $dir -Recurse
            $module = Import-Module -Name (Join-Path $dir 'powershell/FaxBridge.psd1') -PassThru -ErrorAction Stop
            try {
                $module.ExportedFunctions.Count | Should -Be 19
                (Get-Command Set-FaxPort).Module.ModuleBase | Should -BeLike '*faxbridge-`[1`]-*'
            } finally {
                Remove-Module $module
            }
        } finally {
            Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue
        }
    }
}
