function Get-FaxRoutingMethod {
    <#
    .SYNOPSIS
    Gets the routing methods of fax ports and whether each is enabled.
    .DESCRIPTION
    Routing methods decide what happens to a received fax: store it in a folder, send it by
    e-mail, print it. Each port enables its own set.
    .PARAMETER DeviceId
    Device ids; bound from Get-FaxPort output.
    .PARAMETER Name
    A device name (no wildcards); a name no port has is an ObjectNotFound error.
    .PARAMETER ComputerName
    Fax servers to ask; the local server when omitted.
    .PARAMETER Backend
    How the server is reached: WinFax, the Fax Client API (winfax.dll; off Windows, the FaxBridge
    simulator), or ComEx, the Fax Extended COM API (Windows only). When omitted: ComEx for a
    remote -ComputerName on Windows, since winfax.dll reaches only the local server; WinFax
    otherwise. Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Get-FaxPort -DeviceId 65537 | Get-FaxRoutingMethod
    Lists the routing methods of device 65537 with their state.
    .INPUTS
    FaxBridge.Port, or any object with DeviceId (and optionally ComputerName and Backend).
    .OUTPUTS
    FaxBridge.RoutingMethod
    .LINK
    Enable-FaxRoutingMethod
    .LINK
    Disable-FaxRoutingMethod
    #>
    [CmdletBinding(DefaultParameterSetName = 'ByDeviceId', PositionalBinding = $false)]
    [OutputType('FaxBridge.RoutingMethod')]
    param(
        [Parameter(ParameterSetName = 'ByDeviceId', Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)]
        [uint32[]] $DeviceId,

        [Parameter(ParameterSetName = 'ByName', Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    process {
        $requests = foreach ($server in (Select-FaxServerName $ComputerName)) {
            if ($PSCmdlet.ParameterSetName -eq 'ByDeviceId') { ConvertTo-FaxPortSelector -ComputerName $server -DeviceId $DeviceId -Backend $Backend }
            else { ConvertTo-FaxPortSelector -ComputerName $server -Name $Name -Backend $Backend }
        }
        Invoke-FaxOperation -Method 'routing.list' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.RoutingMethod'
    }
}
