function Set-FaxPort {
    <#
    .SYNOPSIS
    Changes the settings of a fax port.
    .DESCRIPTION
    Changes the settings given that differ from the port's current ones: sending and receiving,
    rings before answering, priority, and the transmitting and called station ids (TSID, CSID).
    Values are checked when the parameters are bound, before the fax server is touched: TSID
    and CSID hold at most 20 printable ASCII characters, rings are 0 to 99, priority is 1 to the
    number of ports (the other ports are renumbered; the server checks the upper end).

    Takes ports from Get-FaxPort through the pipeline, and every setting by property name, so
    that settings exported with Export-Csv are restored by Import-Csv | Set-FaxPort: each row
    names its port by DeviceId or Name (with both, the port must have both) and its server by
    ComputerName, and only what differs from the port is written. -WhatIf and -Confirm name the
    port and show each setting's current and new value.
    .PARAMETER DeviceId
    The device id of the port; bound from Get-FaxPort output. With -Name as well, the port with
    this id must have that name, or nothing is changed.
    .PARAMETER Name
    The device name of the port (no wildcards).
    .PARAMETER ComputerName
    The fax servers; the local server when omitted.
    .PARAMETER SendEnabled
    Whether the port sends faxes: $true or $false, or the text True or False as a CSV file holds it.
    .PARAMETER ReceiveEnabled
    Whether the port answers incoming calls: $true or $false, or the text True or False.
    .PARAMETER Rings
    Rings before the port answers (0 to 99); used when receiving is enabled.
    .PARAMETER Priority
    The order in which ports are used for outgoing faxes, 1 first, up to the number of ports.
    .PARAMETER Tsid
    Transmitting station id, sent to the called machine: at most 20 printable ASCII characters.
    .PARAMETER Csid
    Called station id, sent to calling machines: at most 20 printable ASCII characters.
    .PARAMETER PassThru
    Writes the port as re-read from the server after the change (or as it is, when nothing differed).
    .PARAMETER Backend
    How the server is reached: WinFax (winfax.dll) or ComEx (FaxComEx). When omitted, the one
    that can reach the server; see BACKENDS in about_FaxBridge for the rule and its refusals.
    Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Get-FaxPort -Name 'USRobotics 56K Voice' | Set-FaxPort -Rings 4 -PassThru
    Makes the port answer after four rings and shows the port as it now is.
    .EXAMPLE
    Set-FaxPort -DeviceId 65537 -Tsid '+1 425 555 0100' -Csid 'Contoso Sales' -WhatIf
    Shows what would change on device 65537 without changing it.
    .EXAMPLE
    Get-FaxPort | Where-Object Virtual -eq $false | Set-FaxPort -ReceiveEnabled $false -Confirm:$false
    Stops every modem port from answering calls, without asking for each one.
    .EXAMPLE
    Get-FaxPort | Export-Csv ports.csv; Import-Csv ports.csv | Set-FaxPort -Confirm:$false
    Saves every port's settings, then puts back those that changed since.
    .INPUTS
    FaxBridge.Port, or any object with DeviceId or Name, and optionally ComputerName, Backend and
    the settings (Rings, Priority, Tsid, Csid, SendEnabled, ReceiveEnabled), such as Import-Csv rows.
    .OUTPUTS
    FaxBridge.Port, with -PassThru
    .LINK
    Get-FaxPort
    .LINK
    about_FaxBridge
    #>
    # One parameter set in which -DeviceId and -Name are both optional, and the process block asks
    # for one of them: with a set for each, PowerShell binds a pipeline object that has Name and
    # other settings but no DeviceId to the default set and then fails it for lacking DeviceId.
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    [OutputType('FaxBridge.Port')]
    param(
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = $true)]
        [uint32] $DeviceId,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateNotNullOrEmpty()]
        [string] $Name,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend,

        # Text rather than [bool]: PowerShell binds only $true, $false and numbers to a [bool]
        # parameter, and a CSV row holds 'True' and 'False'.
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('True', 'False')]
        [string] $SendEnabled,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('True', 'False')]
        [string] $ReceiveEnabled,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateRange(0, 99)]
        [int] $Rings,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        # Both bounds Int64 (L): the bounds of a range share one type, whatever 5.1 does with mixed ones.
        [ValidateRange(1L, 4294967295L)]
        [uint32] $Priority,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [AllowEmptyString()]
        [ValidateLength(0, 20)]
        [ValidateScript({ Test-FaxStationId $_ })]
        [string] $Tsid,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [AllowEmptyString()]
        [ValidateLength(0, 20)]
        [ValidateScript({ Test-FaxStationId $_ })]
        [string] $Csid,

        [switch] $PassThru
    )

    begin {
        $commandLine = @{} + $PSBoundParameters
        $settings = 'SendEnabled', 'ReceiveEnabled', 'Rings', 'Priority', 'Tsid', 'Csid'
    }

    process {
        $given = Get-FaxGivenParameter -CommandLine $commandLine -Bound $PSBoundParameters -InputObject $_ -FromPipeline $PSCmdlet.MyInvocation.ExpectingInput -Value @{
            DeviceId = $DeviceId; Name = $Name; SendEnabled = $SendEnabled; ReceiveEnabled = $ReceiveEnabled
            Rings = $Rings; Priority = $Priority; Tsid = $Tsid; Csid = $Csid
        }
        foreach ($flag in 'SendEnabled', 'ReceiveEnabled') {
            if ($given.ContainsKey($flag)) { $given[$flag] = $given[$flag] -eq 'True' }
        }
        $byId = $given.ContainsKey('DeviceId')
        if (-not $byId -and -not $given.ContainsKey('Name')) {
            $exception = New-Object System.ArgumentException('Which port? Give -DeviceId or -Name, or pipe ports (or rows with DeviceId or Name) to Set-FaxPort.')
            $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.PortNotGiven', 'InvalidArgument', $null)))
            return
        }
        $target = if ($byId) { $DeviceId } else { $Name }
        $change = Get-FaxRequestedChange -Cmdlet $PSCmdlet -Given $given -Target $target -Settings $settings
        if ($null -eq $change) { return }

        foreach ($server in (Select-FaxServerName $ComputerName)) {
            $selector = if ($byId) { ConvertTo-FaxPortSelector -ComputerName $server -DeviceId $DeviceId -Backend $Backend } else { ConvertTo-FaxPortSelector -ComputerName $server -Name $Name -Backend $Backend }
            $port = Invoke-FaxOperation -Method 'port.get' -Params @($selector) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.Port' -Collect
            if ($null -eq $port) { continue }
            if ($byId -and $given.ContainsKey('Name') -and $port.Name -ne $Name) {
                $exception = New-Object System.Management.Automation.ItemNotFoundException("Port $DeviceId of $($port.ComputerName) is '$($port.Name)', not '$Name'; nothing was changed.")
                $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.PortNameMismatch', 'ObjectNotFound', $DeviceId)))
                continue
            }

            # Only what differs: a restored CSV row rewrites nothing that is already so.
            $differs = @{}
            $steps = foreach ($setting in $settings) {
                if (-not $change.ContainsKey($setting)) { continue }
                $current = if ($port.PSObject.Properties[$setting]) { $port.$setting } else { $null }
                $wanted = $change[$setting]
                if ($null -ne $current -and [string]$current -ceq [string]$wanted) { continue }
                $differs[$setting] = $wanted
                if ($wanted -is [string]) { "$setting '$current' -> '$wanted'" } else { "$setting $current -> $wanted" }
            }
            if ($differs.Count -eq 0) {
                Write-Verbose "$(Format-FaxPortTarget $port) already has these settings; nothing to change."
                if ($PassThru) { $PSCmdlet.WriteObject($port) }
                continue
            }
            if (-not (Confirm-FaxChange -Cmdlet $PSCmdlet -Target (Format-FaxPortTarget $port) -Action "Set $($steps -join ', ')" -TargetObject $port.DeviceId)) { continue }
            $request = ConvertTo-FaxPortSelector -ComputerName $server -DeviceId $port.DeviceId -Backend $port.Backend
            $request.Change = $differs
            Invoke-FaxOperation -Method 'port.set' -Params @($request) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.Port' -Discard:(-not $PassThru)
        }
    }
}
