# A confirmation that cannot be asked stops the change. In a -NonInteractive session ShouldProcess
# throws when it would prompt; unguarded, that ended only the `if` around it and the change went
# through unasked. Each changing cmdlet is run as a script would run it: in its own pwsh
# -NonInteractive, no try/catch around it (a caller's try would hide the bug by catching the throw).

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')

    function Invoke-FaxUnaskableConfirm {
        <#
        .SYNOPSIS
        Runs $Command with -Confirm in a child pwsh -NonInteractive against the test's state; returns
        the child's output, with the last error's id, target and message each on a line of its own
        (the host would wrap them), then what $After writes.
        #>
        param($State, [string] $Before = '', [string] $Command, [string] $After = '')
        Invoke-FaxChildPwsh ("`$env:FAXBRIDGE_SIM_STATE = '$($State.StateFile)'; Import-Module ./module.psd1; $Before; " +
            "$Command -Confirm; `$e = `$Error[0]; " +
            "'ERROR ' + `$e.FullyQualifiedErrorId; 'CATEGORY ' + `$e.CategoryInfo.Category; 'TARGET ' + `$e.TargetObject; 'MESSAGE ' + `$e.Exception.Message; $After")
    }
}

Describe 'A -Confirm that a non-interactive session cannot ask changes nothing' {
    AfterEach {
        Remove-FaxTestState $state
    }

    It '<Command> leaves the simulator as it was and names <Shown>' -TestCases @(
        @{ Command = 'Set-FaxPort'; World = 'module'; Run = 'Set-FaxPort -DeviceId 65537 -Rings 7'
            Shown = "port 'Standard 56000 bps Modem' (65537) of localhost"; TargetObject = '65537' }
        @{ Command = 'Set-FaxServerConfiguration'; World = 'module'; Run = 'Set-FaxServerConfiguration -Retries 7'
            Shown = 'fax server localhost'; TargetObject = 'localhost' }
        @{ Command = 'Enable-FaxRoutingMethod'; World = 'module'; Run = "Enable-FaxRoutingMethod -DeviceId 65537 -Guid '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}'"
            Shown = "routing method 'Route through e-mail' {6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e} on port 'Standard 56000 bps Modem' (65537) of localhost"; TargetObject = '{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}' }
        @{ Command = 'Disable-FaxRoutingMethod'; World = 'module'; Run = "Disable-FaxRoutingMethod -DeviceId 65537 -Guid '{92041a90-9af2-11d0-abf7-00c04fd91a4e}'"
            Shown = "routing method 'Store in a folder' {92041a90-9af2-11d0-abf7-00c04fd91a4e} on port 'Standard 56000 bps Modem' (65537) of localhost"; TargetObject = '{92041a90-9af2-11d0-abf7-00c04fd91a4e}' }
        @{ Command = 'Suspend-FaxJob'; World = 'jobs'; Run = 'Suspend-FaxJob -Id 1001'; Shown = 'Fax job 1001 on localhost'; TargetObject = '1001' }
        @{ Command = 'Resume-FaxJob'; World = 'jobs'; Run = 'Resume-FaxJob -Id 1002'; Shown = 'Fax job 1002 on localhost'; TargetObject = '1002' }
        @{ Command = 'Restart-FaxJob'; World = 'jobs'; Run = 'Restart-FaxJob -Id 1004'; Shown = 'Fax job 1004 on localhost'; TargetObject = '1004' }
        @{ Command = 'Remove-FaxJob'; World = 'jobs'; Run = 'Remove-FaxJob -Id 1001'; Shown = 'Fax job 1001 on localhost'; TargetObject = '1001' }
        @{ Command = 'Import-FaxConfiguration'; World = 'module'; Run = 'Import-FaxConfiguration -InputObject @{ schemaVersion = 1; template = @{ configuration = @{ retries = 7 } } } -ComputerName localhost'
            Shown = 'localhost'; TargetObject = 'localhost' }
    ) {
        $state = New-FaxTestState -World $World
        $before = Read-FaxTestState $state
        $child = Invoke-FaxUnaskableConfirm -State $state -Command $Run
        Read-FaxTestState $state | Should -BeExactly $before -Because "$Command must not change what it could not confirm"
        $child.Output | Should -Match "(?m)^ERROR FaxBridge\.ConfirmationFailed,$Command\s*$"
        $child.Output | Should -Match '(?m)^CATEGORY OperationStopped\s*$'
        $child.Output | Should -Match "(?m)^TARGET $([regex]::Escape($TargetObject))\s*$"
        $child.Output | Should -Match "(?m)^MESSAGE Could not ask to confirm '[^']*' on $([regex]::Escape($Shown)), which is left as it was: "
    }

    It 'Disconnect-FaxServer keeps the connection and names the server' {
        $state = New-FaxTestState -World module
        $child = Invoke-FaxUnaskableConfirm -State $state -Before '$null = Get-FaxPort' -Command 'Disconnect-FaxServer' -After "'CONNECTED ' + @(Get-FaxServerConnection).Count"
        $child.Output | Should -Match '(?m)^CONNECTED 1\s*$' -Because 'the connection it could not confirm closing stays open'
        $child.Output | Should -Match '(?m)^ERROR FaxBridge\.ConfirmationFailed,Disconnect-FaxServer\s*$'
        $child.Output | Should -Match '(?m)^TARGET localhost\s*$'
        $child.Output | Should -Match "(?m)^MESSAGE Could not ask to confirm 'Disconnect from fax server' on localhost, which is left as it was: "
    }

    It 'the first port that cannot be confirmed ends the pipeline: the next port is neither asked about nor changed' {
        $state = New-FaxTestState -World module
        $before = Read-FaxTestState $state
        $child = Invoke-FaxUnaskableConfirm -State $state -Command 'Get-FaxPort | Set-FaxPort -Rings 7'
        Read-FaxTestState $state | Should -BeExactly $before
        $child.Output | Should -Match '(?m)^TARGET 65537\s*$'
        $child.Output | Should -Not -Match '65538' -Because 'a terminating error stops the pipeline at the first port'
    }
}
