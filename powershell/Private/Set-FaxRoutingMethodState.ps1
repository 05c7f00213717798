function Set-FaxRoutingMethodState {
    <#
    .SYNOPSIS
    What Enable-FaxRoutingMethod and Disable-FaxRoutingMethod share: find the method on the port,
    Confirm-FaxChange naming both, then one request where the state differs.
    .DESCRIPTION
    The port's routing methods are read first, so that a port or GUID that does not exist is an
    ObjectNotFound error even under -WhatIf, and -WhatIf and -Confirm can name the port and the
    method.
    #>
    param(
        [System.Management.Automation.PSCmdlet] $Cmdlet,
        [bool] $Enabled,
        [Nullable[uint32]] $DeviceId,
        [string] $Name,
        [string] $Guid,
        [string[]] $ComputerName,
        [string] $Backend,
        [switch] $PassThru
    )
    $wanted = $Guid.Trim().Trim('{', '}').ToLowerInvariant()
    $action = if ($Enabled) { 'Enable routing method' } else { 'Disable routing method' }
    foreach ($server in (Select-FaxServerName $ComputerName)) {
        $selector = if ($null -ne $DeviceId) { ConvertTo-FaxPortSelector -ComputerName $server -DeviceId $DeviceId -Backend $Backend } else { ConvertTo-FaxPortSelector -ComputerName $server -Name $Name -Backend $Backend }
        $methods = @(Invoke-FaxOperation -Method 'routing.list' -Params @($selector) -Cmdlet $Cmdlet -TypeName 'FaxBridge.RoutingMethod' -Collect)
        if ($methods.Count -eq 0) { continue }
        $method = $methods | Where-Object { $_.Guid.Trim('{', '}').ToLowerInvariant() -eq $wanted } | Select-Object -First 1
        $port = [pscustomobject]@{ Name = $methods[0].DeviceName; DeviceId = $methods[0].DeviceId; ComputerName = $methods[0].ComputerName }
        if ($null -eq $method) {
            $exception = New-Object System.Management.Automation.ItemNotFoundException("$(Format-FaxPortTarget $port) has no routing method $Guid; Get-FaxRoutingMethod lists those it has.")
            $Cmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.RoutingMethodNotFound', 'ObjectNotFound', $Guid)))
            continue
        }
        if ([bool]$method.Enabled -eq $Enabled) {
            Write-Verbose "Routing method '$($method.FriendlyName)' is already $(if ($Enabled) { 'enabled' } else { 'disabled' }) on $(Format-FaxPortTarget $port)."
            if ($PassThru) { $Cmdlet.WriteObject($method) }
            continue
        }
        if (-not (Confirm-FaxChange -Cmdlet $Cmdlet -Target "routing method '$($method.FriendlyName)' $($method.Guid) on $(Format-FaxPortTarget $port)" -Action $action -TargetObject $Guid)) { continue }
        $request = ConvertTo-FaxPortSelector -ComputerName $server -DeviceId $port.DeviceId -Backend $method.Backend
        $request.Guid = $method.Guid
        $request.Enabled = $Enabled
        Invoke-FaxOperation -Method 'routing.setEnabled' -Params @($request) -Cmdlet $Cmdlet -TypeName 'FaxBridge.RoutingMethod' -Discard:(-not $PassThru)
    }
}
