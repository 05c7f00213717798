function Get-FaxPort {
    <#
    .SYNOPSIS
    Gets the fax ports (devices) of one or more fax servers.
    .DESCRIPTION
    Lists every fax device of the server, or those whose name matches -Name (wildcards allowed) or
    whose device id is given. With several -ComputerName values, each server's ports are written
    as soon as that server answers; an unreachable server gives a non-terminating error and the
    others still return. Device ids come from the fax service and can change between sessions,
    so look them up rather than store them.
    .PARAMETER Name
    Device names to get; wildcards are allowed. Tab completion offers the server's port names.
    .PARAMETER DeviceId
    Device ids to get.
    .PARAMETER ComputerName
    Fax servers to ask; the local server when omitted.
    .PARAMETER Backend
    How the server is reached: WinFax, the Fax Client API (winfax.dll; off Windows, the FaxBridge
    simulator), or ComEx, the Fax Extended COM API (Windows only). When omitted: ComEx for a
    remote -ComputerName on Windows, since winfax.dll reaches only the local server; WinFax
    otherwise. Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Get-FaxPort
    Lists every fax port of the local fax server.
    .EXAMPLE
    Get-FaxPort -Name '*Modem*' -ComputerName FAXSRV01, FAXSRV02
    Lists the ports whose names contain "Modem" on two servers.
    .EXAMPLE
    Get-FaxPort -DeviceId 65537 | Format-List *
    Shows every property of device 65537.
    .EXAMPLE
    Get-FaxPort -ComputerName FAXSRV02 -Backend ComEx | Select-Object Name, ReceiveMode, Provider
    Reads the ports of a remote server through the Fax Extended COM API, with what only it
    reports: whether each device answers automatically or manually, and its provider.
    .INPUTS
    Objects with DeviceId (and optionally ComputerName and Backend), such as FaxBridge.DeviceStatus.
    .OUTPUTS
    FaxBridge.Port
    .LINK
    Set-FaxPort
    .LINK
    Get-FaxDeviceStatus
    .LINK
    about_FaxBridge
    #>
    [CmdletBinding(DefaultParameterSetName = 'All', PositionalBinding = $false)]
    [OutputType('FaxBridge.Port')]
    param(
        [Parameter(ParameterSetName = 'ByName', Position = 0)]
        [SupportsWildcards()]
        [ValidateNotNullOrEmpty()]
        [string[]] $Name,

        [Parameter(ParameterSetName = 'ByDeviceId', Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [uint32[]] $DeviceId,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    process {
        if ($PSCmdlet.ParameterSetName -eq 'ByDeviceId') {
            $requests = foreach ($server in (Select-FaxServerName $ComputerName)) { ConvertTo-FaxPortSelector -ComputerName $server -DeviceId $DeviceId -Backend $Backend }
            Invoke-FaxOperation -Method 'port.get' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.Port'
            return
        }

        $requests = foreach ($server in (Select-FaxServerName $ComputerName)) { New-FaxServerRequest -ComputerName $server -Backend $Backend }
        if (-not $Name) {
            Invoke-FaxOperation -Method 'port.list' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.Port'
            return
        }

        $patterns = @(foreach ($n in $Name) { New-Object System.Management.Automation.WildcardPattern($n, 'IgnoreCase') })
        $matched = @{}
        $filter = {
            param($port)
            $hit = $false
            for ($i = 0; $i -lt $patterns.Count; $i++) {
                if ($patterns[$i].IsMatch($port.Name)) { $matched[$i] = $true; $hit = $true }
            }
            $hit
        }
        Invoke-FaxOperation -Method 'port.list' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.Port' -Filter $filter
        # As Get-Process does: a name without wildcards that matched nothing is an error.
        for ($i = 0; $i -lt $Name.Count; $i++) {
            if (-not $matched.ContainsKey($i) -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($Name[$i])) {
                $exception = New-Object System.Management.Automation.ItemNotFoundException("No fax port named '$($Name[$i])' was found.")
                $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.PortNotFound', 'ObjectNotFound', $Name[$i])))
            }
        }
    }
}
