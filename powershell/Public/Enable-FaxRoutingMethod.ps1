function Enable-FaxRoutingMethod {
    <#
    .SYNOPSIS
    Enables a routing method on a fax port.
    .DESCRIPTION
    Takes routing methods from Get-FaxRoutingMethod through the pipeline, or a port and a GUID.
    The port's routing methods are read first: a port or GUID that does not exist is an
    ObjectNotFound error (even with -WhatIf), and -WhatIf and -Confirm name the port and the
    method. A method that is already enabled is left as it is.
    .PARAMETER DeviceId
    The device id of the port; bound from pipeline input.
    .PARAMETER Name
    The device name of the port (no wildcards).
    .PARAMETER Guid
    The routing method's GUID, as Get-FaxRoutingMethod shows it; tab completion offers the
    port's routing methods.
    .PARAMETER ComputerName
    The fax servers; the local server when omitted.
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
    .INPUTS
    FaxBridge.RoutingMethod, or any object with DeviceId and Guid (and optionally ComputerName and Backend).
    .OUTPUTS
    FaxBridge.RoutingMethod, with -PassThru
    .LINK
    Get-FaxRoutingMethod
    .LINK
    Disable-FaxRoutingMethod
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', DefaultParameterSetName = 'ByDeviceId', PositionalBinding = $false)]
    [OutputType('FaxBridge.RoutingMethod')]
    param(
        [Parameter(ParameterSetName = 'ByDeviceId', Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)]
        [uint32] $DeviceId,

        [Parameter(ParameterSetName = 'ByName', Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,

        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [ValidateScript({ Test-FaxRoutingGuid $_ })]
        [string] $Guid,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend,

        [switch] $PassThru
    )

    process {
        $id = if ($PSCmdlet.ParameterSetName -eq 'ByDeviceId') { $DeviceId } else { $null }
        Set-FaxRoutingMethodState -Cmdlet $PSCmdlet -Enabled $true -DeviceId $id -Name $Name -Guid $Guid -ComputerName $ComputerName -Backend $Backend -PassThru:$PassThru
    }
}
