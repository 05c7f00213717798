# The module's Windows-only branches, as Windows code: scripts/test-windows.sh runs this file in the
# Windows pwsh under Wine (never on Linux: it is not under test/powershell). Run without
# FAXBRIDGE_LIBRARY, so winfax.dll comes from system32 as on a real server.

BeforeAll {
    . (Join-Path $PSScriptRoot '../powershell/TestHelpers.ps1')
    $script:SystemLibrary = Join-Path ([Environment]::SystemDirectory) 'winfax.dll'
    $script:Line3 = "L$([char]0xED)nea de fax 3 (Conexant)"
}

Describe 'Windows-only branches of the module' {
    BeforeEach {
        $state = New-FaxTestState -World module
    }
    AfterEach {
        Remove-FaxTestState $state
    }

    It 'runs as Windows code: $IsWindows, a node.exe sidecar, and winfax.dll from system32' {
        Get-Variable IsWindows -ValueOnly | Should -BeTrue
        $env:FAXBRIDGE_LIBRARY | Should -BeNullOrEmpty
        Test-Path -LiteralPath $SystemLibrary | Should -BeTrue
        @(Get-FaxPort).Count | Should -BeGreaterThan 0
        $path = & (Get-Command Get-FaxPort).Module { $script:FaxSidecar.Process.Path }
        $path | Should -BeLike '*\node.exe'
    }

    It 'sends a remote -ComputerName to FaxComEx by default, and keeps -Backend WinFax when asked' {
        $remote = Get-FaxErrorSummary { Get-FaxPort -ComputerName FAXSRV02 }
        # Under Wine edge-js cannot load (its Linux build), which shows the default went to FaxComEx.
        $remote.Category | Should -Be 'NotImplemented'
        $remote.Message | Should -BeLike '*FaxComEx*'
        $ports = @(Get-FaxPort -ComputerName FAXSRV02 -Backend WinFax)
        @($ports.ComputerName | Select-Object -Unique) | Should -Be @('FAXSRV02')
        @($ports.Backend | Select-Object -Unique) | Should -Be @('winfax')
    }

    It 'takes this machine by its own address or host name as the local server, on winfax' {
        foreach ($name in '127.0.0.1', [Environment]::MachineName) {
            $ports = @(Get-FaxPort -ComputerName $name)
            $ports.Count | Should -BeGreaterThan 0
            @($ports.ComputerName | Select-Object -Unique) | Should -Be @('localhost')
            @($ports.Backend | Select-Object -Unique) | Should -Be @('winfax')
        }
    }

    It 'keeps non-ASCII port names intact both ways, whatever the console code page' {
        $codePages = Get-ItemProperty -LiteralPath 'HKLM:\System\CurrentControlSet\Control\Nls\CodePage'
        Write-Host "code pages: ANSI $($codePages.ACP), OEM $($codePages.OEMCP), console input $([Console]::InputEncoding.CodePage)"
        # The harness runs this file once per code page it sets (1252, then 932 through the locale).
        if ($env:FAXBRIDGE_WINE_CODE_PAGE) {
            "$($codePages.ACP)" | Should -Be $env:FAXBRIDGE_WINE_CODE_PAGE
            "$($codePages.OEMCP)" | Should -Not -Be '65001'
        }
        $port = Get-FaxPort -Name $Line3
        $port.Name | Should -BeExactly $Line3
        $changed = Get-FaxPort -Name "L$([char]0xED)nea*" | Set-FaxPort -Rings 2 -Confirm:$false -PassThru
        $changed.Name | Should -BeExactly $Line3
        $changed.Rings | Should -Be 2
        (Read-FaxTestState $state) | Should -BeLike "*$Line3*"
    }

    It 'Remove-Module stops the sidecar with its own shutdown (a normal exit on its stderr) in under 200 ms' {
        $null = @(Get-FaxPort)
        $module = (Get-Command Get-FaxPort).Module
        $sidecarId = & $module { $script:FaxSidecar.Process.Id }
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        Remove-Module $module
        $watch.Stop()
        Write-Host "Remove-Module: $($watch.ElapsedMilliseconds) ms"
        Get-Process -Id $sidecarId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        @(& $module { $script:FaxSidecarErrors.ToArray() }) | Should -Contain 'faxbridge serve: stopped (shutdown requested)'
        $watch.ElapsedMilliseconds | Should -BeLessThan 200
    }

    It 'reports the Fax feature absent when system32 has no winfax.dll, and loads none from the current folder' {
        $away = "$SystemLibrary.away"
        Move-Item -LiteralPath $SystemLibrary -Destination $away
        try {
            # A working winfax.dll where the DLL search order would find it by its bare name.
            Copy-Item -LiteralPath $away -Destination (Join-Path $state.Dir 'winfax.dll')
            Push-Location -LiteralPath $state.Dir
            try {
                Remove-FaxModule
                Import-Module $ModuleManifest -Global
                $absent = Get-FaxErrorSummary { Get-FaxPort }
            } finally {
                Pop-Location
            }
        } finally {
            Remove-FaxModule
            Move-Item -LiteralPath $away -Destination $SystemLibrary
        }
        $absent.Category | Should -Be 'NotInstalled'
        $absent.Message | Should -BeLike "The Windows Fax feature is not installed on this computer: $SystemLibrary*"
        $absent.Message | Should -BeLike '*Fax and Scan*'
    }
}

# LinuxName: the folder is made on the Linux side; the code page 932 pass leaves it out, since under
# a ja_JP locale that Linux does not have, Wine decodes UTF-8 file names and variables wrongly.
Describe 'the module from a folder with spaces and non-ASCII characters' -Tag 'LinuxName' {
    BeforeAll {
        # scripts/test-windows.sh lays it out (a copy of the module, node_modules linked on the Linux
        # side: Wine makes no junctions) and names it in FAXBRIDGE_WINE_ODD_FOLDER.
        $script:odd = $env:FAXBRIDGE_WINE_ODD_FOLDER
        $state = New-FaxTestState -World module
        Remove-FaxModule
        Import-Module (Join-Path $odd 'module.psd1') -Global
    }
    AfterAll {
        Remove-FaxTestState $state
    }

    It 'imports from there and runs its sidecar from there' {
        $odd | Should -BeLike "*FaxBridge Tests $([char]0xC9)t$([char]0xE9) L$([char]0xED)nea"
        # The module's base is the folder or, once the module has its own manifest, a folder in it.
        (Get-Command Get-FaxPort).Module.ModuleBase | Should -BeLike "$odd*"
        (Get-FaxPort -Name $Line3).Name | Should -BeExactly $Line3
        $sidecar = & (Get-Command Get-FaxPort).Module { $script:FaxSidecar.Process.StartInfo }
        "$($sidecar.Arguments) $($sidecar.ArgumentList)" | Should -BeLike "*$odd*"
    }
}
