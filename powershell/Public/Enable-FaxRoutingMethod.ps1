function Enable-FaxRoutingMethod {
    <#
    .SYNOPSIS
    Enables a routing method on a fax port.
    .DESCRIPTION
    Takes routing methods from Get-FaxRoutingMethod through the pipeline, or a port and a GUID.
    .PARAMETER DeviceId
    The device id of the port; bound from pipeline input.
    .PARAMETER Name
    The device name of the port (no wildcards).
    .PARAMETER Guid
    The routing method's GUID, as Get-FaxRoutingMethod shows it.
    .PARAMETER ComputerName
    The fax server; the local server when omitted.
    .PARAMETER PassThru
    Writes the routing method as re-read after the change.
    .PARAMETER Backend
    How the server is reached: WinFax, the Fax Client API (winfax.dll; off Windows, the FaxBridge
    simulator), or ComEx, the Fax Extended COM API (Windows only). When omitted: ComEx for a
    remote -ComputerName on Windows, since winfax.dll reaches only the local server; WinFax
    otherwise. Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Get-FaxRoutingMethod -DeviceId 65537 | Where-Object FriendlyName -like '*mail*' | Enable-FaxRoutingMethod -PassThru
    Enables e-mail routing for device 65537 and shows the result.
    .EXAMPLE
    Enable-FaxRoutingMethod -Name 'Standard 56000 bps Modem' -Guid '{92041a90-9af2-11d0-abf7-00c04fd91a4e}' -WhatIf
    Shows what would change without changing it.
    .OUTPUTS
    FaxBridge.RoutingMethod, with -PassThru
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', DefaultParameterSetName = 'ByDeviceId')]
    [OutputType('FaxBridge.RoutingMethod')]
    param(
        [Parameter(ParameterSetName = 'ByDeviceId', Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [uint32] $DeviceId,

        [Parameter(ParameterSetName = 'ByName', Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,

        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [string] $Guid,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [string] $ComputerName,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend,

        [switch] $PassThru
    )

    process {
        Set-FaxRoutingMethodState -Cmdlet $PSCmdlet -Enabled $true -DeviceId $(if ($PSCmdlet.ParameterSetName -eq 'ByDeviceId') { $DeviceId } else { $null }) -Name $Name -Guid $Guid -ComputerName $ComputerName -Backend $Backend -PassThru:$PassThru
    }
}
