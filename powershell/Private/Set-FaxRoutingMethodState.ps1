function Set-FaxRoutingMethodState {
    # What Enable-FaxRoutingMethod and Disable-FaxRoutingMethod share: ShouldProcess, then one request.
    param(
        [System.Management.Automation.PSCmdlet] $Cmdlet,
        [bool] $Enabled,
        [Nullable[uint32]] $DeviceId,
        [string] $Name,
        [string] $Guid,
        [string] $ComputerName,
        [string] $Backend,
        [switch] $PassThru
    )
    $server = if ($ComputerName) { $ComputerName } else { 'localhost' }
    $port = if ($null -ne $DeviceId) { "device $DeviceId" } else { "'$Name'" }
    $action = if ($Enabled) { 'Enable routing method' } else { 'Disable routing method' }
    if (-not $Cmdlet.ShouldProcess("$Guid on fax port $port on $server", $action)) { return }
    $request = ConvertTo-FaxPortSelector -ComputerName $ComputerName -DeviceId $DeviceId -Name $Name -Backend $Backend
    $request.guid = $Guid
    $request.enabled = $Enabled
    Invoke-FaxOperation -Method 'routing.setEnabled' -Params @($request) -Cmdlet $Cmdlet -TypeName 'FaxBridge.RoutingMethod' -Discard:(-not $PassThru)
}
