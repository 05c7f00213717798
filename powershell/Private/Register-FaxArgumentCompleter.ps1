function Register-FaxArgumentCompleter {
    <#
    .SYNOPSIS
    Tab completion: port names for every -Name and routing method GUIDs of the port for -Guid,
    asking the server named by -ComputerName (or the local one); for -ComputerName, the servers
    the session is connected to (without starting the sidecar for it).
    #>
    $portName = {
        param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
        $prefix = $wordToComplete.Trim("'", '"')
        try {
            foreach ($reply in Invoke-FaxSidecar -Method 'port.list' -Params @(Get-FaxCompletionRequest $fakeBoundParameters)) {
                foreach ($port in $reply.Response.result) {
                    if ($null -eq $port -or -not $port.Name.StartsWith($prefix, [StringComparison]::OrdinalIgnoreCase)) { continue }
                    New-Object System.Management.Automation.CompletionResult((ConvertTo-FaxCompletionText $port.Name), $port.Name, 'ParameterValue', "Device $($port.DeviceId) on $($port.ComputerName)")
                }
            }
        } catch {
            # Completion must never throw at the user; no suggestions is the honest answer.
            return
        }
    }

    $routingGuid = {
        param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
        $params = Get-FaxCompletionRequest $fakeBoundParameters
        if ($fakeBoundParameters.ContainsKey('DeviceId')) { $params.DeviceId = [uint32]$fakeBoundParameters['DeviceId'] }
        elseif ($fakeBoundParameters.ContainsKey('Name')) { $params.Name = [string]$fakeBoundParameters['Name'] }
        else { return }
        $prefix = $wordToComplete.Trim("'", '"').TrimStart('{')
        try {
            foreach ($reply in Invoke-FaxSidecar -Method 'routing.list' -Params @($params)) {
                foreach ($method in $reply.Response.result) {
                    if ($null -eq $method) { continue }
                    $guid = [string]$method.Guid
                    $hit = $guid.TrimStart('{').StartsWith($prefix, [StringComparison]::OrdinalIgnoreCase) -or $method.FriendlyName.StartsWith($prefix, [StringComparison]::OrdinalIgnoreCase)
                    if (-not $hit) { continue }
                    $state = if ($method.Enabled) { 'enabled' } else { 'disabled' }
                    New-Object System.Management.Automation.CompletionResult((ConvertTo-FaxCompletionText $guid), $guid, 'ParameterValue', "$($method.FriendlyName) ($state)")
                }
            }
        } catch {
            return
        }
    }

    $connectedServer = {
        param($commandName, $parameterName, $wordToComplete, $commandAst, $fakeBoundParameters)
        if ($null -eq $script:FaxSidecar -or $script:FaxSidecar.Process.HasExited) { return }
        $prefix = $wordToComplete.Trim("'", '"')
        try {
            $names = foreach ($reply in Invoke-FaxSidecar -Method 'server.list' -Params @(@{})) {
                foreach ($connection in $reply.Response.result) { if ($null -ne $connection) { [string]$connection.ComputerName } }
            }
            foreach ($name in ($names | Sort-Object -Unique)) {
                if (-not $name.StartsWith($prefix, [StringComparison]::OrdinalIgnoreCase)) { continue }
                New-Object System.Management.Automation.CompletionResult((ConvertTo-FaxCompletionText $name), $name, 'ParameterValue', "Connected fax server $name")
            }
        } catch {
            return
        }
    }

    foreach ($command in 'Get-FaxPort', 'Set-FaxPort', 'Get-FaxDeviceStatus', 'Get-FaxRoutingMethod', 'Enable-FaxRoutingMethod', 'Disable-FaxRoutingMethod') {
        Register-ArgumentCompleter -CommandName $command -ParameterName Name -ScriptBlock $portName
        Register-ArgumentCompleter -CommandName $command -ParameterName ComputerName -ScriptBlock $connectedServer
    }
    foreach ($command in 'Enable-FaxRoutingMethod', 'Disable-FaxRoutingMethod') {
        Register-ArgumentCompleter -CommandName $command -ParameterName Guid -ScriptBlock $routingGuid
    }
    foreach ($command in 'Connect-FaxServer', 'Disconnect-FaxServer', 'Get-FaxServerConfiguration', 'Set-FaxServerConfiguration') {
        Register-ArgumentCompleter -CommandName $command -ParameterName ComputerName -ScriptBlock $connectedServer
    }
}

function Get-FaxCompletionRequest {
    # The server (and backend) a command line being completed names, as request parameters.
    param($FakeBoundParameters)
    $server = if ($FakeBoundParameters.ContainsKey('ComputerName')) { [string](@($FakeBoundParameters['ComputerName'])[0]) } else { '' }
    $backend = if ($FakeBoundParameters.ContainsKey('Backend')) { [string]$FakeBoundParameters['Backend'] } else { '' }
    New-FaxServerRequest -ComputerName $server -Backend $backend
}

function ConvertTo-FaxCompletionText {
    # A completion in single quotes, as PowerShell reads it back whatever it holds.
    param([string] $Text)
    "'" + $Text.Replace("'", "''") + "'"
}
