function Set-FaxPort {
    <#
    .SYNOPSIS
    Changes the settings of a fax port.
    .DESCRIPTION
    Changes only the settings given: sending and receiving, rings before answering, priority,
    and the transmitting and called station ids (TSID, CSID). Values are checked before the
    fax server is touched: TSID and CSID hold at most 20 printable ASCII characters, rings are
    0 to 99, priority is 1 to the number of ports (the other ports are renumbered). Takes ports
    from Get-FaxPort through the pipeline.
    .PARAMETER DeviceId
    The device id of the port; bound from Get-FaxPort output.
    .PARAMETER Name
    The device name of the port (no wildcards).
    .PARAMETER ComputerName
    The fax server; the local server when omitted.
    .PARAMETER SendEnabled
    Whether the port sends faxes.
    .PARAMETER ReceiveEnabled
    Whether the port answers incoming calls.
    .PARAMETER Rings
    Rings before the port answers (0 to 99); used when receiving is enabled.
    .PARAMETER Priority
    The order in which ports are used for outgoing faxes, 1 first.
    .PARAMETER Tsid
    Transmitting station id, sent to the called machine.
    .PARAMETER Csid
    Called station id, sent to calling machines.
    .PARAMETER PassThru
    Writes the port as re-read from the server after the change.
    .PARAMETER Backend
    How the server is reached: WinFax, the Fax Client API (winfax.dll; off Windows, the FaxBridge
    simulator), or ComEx, the Fax Extended COM API (Windows only). When omitted: ComEx for a
    remote -ComputerName on Windows, since winfax.dll reaches only the local server; WinFax
    otherwise. Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Get-FaxPort -Name 'USRobotics 56K Voice' | Set-FaxPort -Rings 4 -PassThru
    Makes the port answer after four rings and shows the port as it now is.
    .EXAMPLE
    Set-FaxPort -DeviceId 65537 -Tsid '+1 425 555 0100' -Csid 'Contoso Sales' -WhatIf
    Shows what would change on device 65537 without changing it.
    .EXAMPLE
    Get-FaxPort | Where-Object Virtual -eq $false | Set-FaxPort -ReceiveEnabled $false -Confirm:$false
    Stops every modem port from answering calls, without asking for each one.
    .OUTPUTS
    FaxBridge.Port, with -PassThru
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', DefaultParameterSetName = 'ByDeviceId')]
    [OutputType('FaxBridge.Port')]
    param(
        [Parameter(ParameterSetName = 'ByDeviceId', Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [uint32] $DeviceId,

        [Parameter(ParameterSetName = 'ByName', Mandatory = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [string] $ComputerName,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend,

        [bool] $SendEnabled,
        [bool] $ReceiveEnabled,
        [int] $Rings,
        [int] $Priority,
        [AllowEmptyString()] [string] $Tsid,
        [AllowEmptyString()] [string] $Csid,
        [switch] $PassThru
    )

    process {
        $server = if ($ComputerName) { $ComputerName } else { 'localhost' }
        $port = if ($PSCmdlet.ParameterSetName -eq 'ByDeviceId') { "device $DeviceId" } else { "'$Name'" }
        $change = Get-FaxRequestedChange -Cmdlet $PSCmdlet -Bound $PSBoundParameters -Target $port -Settings 'SendEnabled', 'ReceiveEnabled', 'Rings', 'Priority', 'Tsid', 'Csid'
        if ($null -eq $change) { return }
        $description = ($change.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ', '
        if (-not $PSCmdlet.ShouldProcess("fax port $port on $server", "Set $description")) { return }

        $id = if ($PSCmdlet.ParameterSetName -eq 'ByDeviceId') { $DeviceId } else { $null }
        $selector = ConvertTo-FaxPortSelector -ComputerName $ComputerName -DeviceId $id -Name $Name -Backend $Backend
        $selector.change = $change
        Invoke-FaxOperation -Method 'port.set' -Params @($selector) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.Port' -Discard:(-not $PassThru)
    }
}
