function Register-FaxArgumentCompleter {
    <#
    .SYNOPSIS
    Tab completion of port names for every -Name parameter, asking the server named by
    -ComputerName (or the local one).
    #>
    $completer = {
        param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
        $server = $null
        if ($fakeBoundParameters.ContainsKey('ComputerName')) { $server = @($fakeBoundParameters['ComputerName'])[0] }
        $params = @{}
        if ($server) { $params.server = [string]$server }
        $prefix = $wordToComplete.Trim("'", '"')
        try {
            foreach ($reply in Invoke-FaxSidecar -Method 'port.list' -Params @($params)) {
                foreach ($port in $reply.Response.result) {
                    if ($null -eq $port -or -not $port.Name.StartsWith($prefix, [StringComparison]::OrdinalIgnoreCase)) { continue }
                    $text = "'" + $port.Name.Replace("'", "''") + "'"
                    New-Object System.Management.Automation.CompletionResult($text, $port.Name, 'ParameterValue', "Device $($port.DeviceId) on $($port.ComputerName)")
                }
            }
        } catch {
            # Completion must never throw at the user; no suggestions is the honest answer.
            return
        }
    }
    foreach ($command in 'Get-FaxPort', 'Set-FaxPort', 'Get-FaxDeviceStatus', 'Get-FaxRoutingMethod', 'Enable-FaxRoutingMethod', 'Disable-FaxRoutingMethod') {
        Register-ArgumentCompleter -CommandName $command -ParameterName Name -ScriptBlock $completer
    }
}
