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
    A device name (no wildcards).
    .PARAMETER ComputerName
    The fax server; the local server when omitted.
    .EXAMPLE
    Get-FaxPort -DeviceId 65537 | Get-FaxRoutingMethod
    Lists the routing methods of device 65537 with their state.
    .OUTPUTS
    FaxBridge.RoutingMethod
    #>
    [CmdletBinding(DefaultParameterSetName = 'ByDeviceId')]
    [OutputType('FaxBridge.RoutingMethod')]
    param(
        [Parameter(ParameterSetName = 'ByDeviceId', Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [uint32[]] $DeviceId,

        [Parameter(ParameterSetName = 'ByName', Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [string] $ComputerName
    )

    process {
        $requests = ConvertTo-FaxPortSelector -ComputerName $ComputerName -DeviceId $DeviceId -Name $Name
        Invoke-FaxOperation -Method 'routing.list' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.RoutingMethod'
    }
}
