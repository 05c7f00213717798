function Get-FaxDeviceStatus {
    <#
    .SYNOPSIS
    Gets the current status of fax devices, with the job each one is handling.
    .DESCRIPTION
    Reports whether a device is available, sending, receiving or offline and, for a busy device,
    the job: its type, caller, page, sender and recipient, and when it started.
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
    Get-FaxPort | Get-FaxDeviceStatus
    Shows the status of every fax device of the local server.
    .EXAMPLE
    Get-FaxDeviceStatus -DeviceId 131073 -ComputerName FAXSRV02 | Format-List
    Shows the job device 131073 of FAXSRV02 is handling.
    .INPUTS
    FaxBridge.Port, or any object with DeviceId (and optionally ComputerName and Backend).
    .OUTPUTS
    FaxBridge.DeviceStatus
    .LINK
    Get-FaxPort
    #>
    [CmdletBinding(DefaultParameterSetName = 'ByDeviceId', PositionalBinding = $false)]
    [OutputType('FaxBridge.DeviceStatus')]
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
        Invoke-FaxOperation -Method 'port.status' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.DeviceStatus'
    }
}
