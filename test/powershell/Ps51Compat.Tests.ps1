# Windows PowerShell 5.1 cannot run here: the shared static checker reads the module against 5.1's
# commands, parameters and .NET Framework's types. It lives beside the repository
# (../shared/tools/ps51-compat/); in a clone elsewhere it is absent and this file says so in one line.

BeforeDiscovery {
    $script:checker = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../../shared/tools/ps51-compat/check.ps1'))
    if (-not (Test-Path -LiteralPath $checker -PathType Leaf)) {
        Write-Host "ps51-compat: $checker is absent here, so the Windows PowerShell 5.1 check did not run."
    }
}

if (Test-Path -LiteralPath $checker -PathType Leaf) {
    Describe 'Windows PowerShell 5.1 compatibility (ps51-compat)' {
        BeforeAll {
            $root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
            Push-Location $root
            try {
                # -FailOnError exits 1 on an error and leaves the exit code alone otherwise.
                $global:LASTEXITCODE = 0
                $json = & $checker -Path powershell, module.psd1 -Json -FailOnError | Out-String
                $script:exitCode = $LASTEXITCODE
            } finally {
                Pop-Location
            }
            $script:findings = @($json | ConvertFrom-Json)
        }

        It 'finds no error in powershell/ and module.psd1' {
            @($findings | Where-Object Severity -eq 'error' | ForEach-Object { "$($_.File):$($_.Line) [$($_.Rule)] $($_.Message)" }) | Should -BeNullOrEmpty
            $exitCode | Should -Be 0
        }

        It 'finds no encoding warning (non-ASCII in a file without BOM)' {
            @($findings | Where-Object Rule -eq 'encoding' | ForEach-Object { "$($_.File):$($_.Line) $($_.Message)" }) | Should -BeNullOrEmpty
        }
    }
}
