function Get-FaxServerConfiguration {
    <#
    .SYNOPSIS
    Gets the configuration of fax servers: retries, discount rate period, archiving and more.
    .DESCRIPTION
    Reads each server's outgoing queue settings (retries, minutes between retries, days a failed
    job is kept, branding, which TSID is sent, cover pages, whether the queue is paused, the
    discount rate period) and whether and where sent faxes are archived. With several
    -ComputerName values, each server's configuration is written as soon as it answers.
    .PARAMETER ComputerName
    Fax servers to ask; the local server when omitted.
    .PARAMETER Backend
    How the server is reached: WinFax, the Fax Client API (winfax.dll; off Windows, the FaxBridge
    simulator), or ComEx, the Fax Extended COM API (Windows only). When omitted: ComEx for a
    remote -ComputerName on Windows, since winfax.dll reaches only the local server; WinFax
    otherwise. Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Get-FaxServerConfiguration
    Shows the local fax server's configuration.
    .EXAMPLE
    Get-FaxServerConfiguration -ComputerName FAXSRV01, FAXSRV02 | Format-Table ComputerName, Retries, RetryDelay
    Compares the retry settings of two servers.
    .INPUTS
    Objects with ComputerName (and optionally Backend), such as FaxBridge.ServerConnection.
    .OUTPUTS
    FaxBridge.ServerConfiguration
    .LINK
    Set-FaxServerConfiguration
    #>
    [CmdletBinding(PositionalBinding = $false)]
    [OutputType('FaxBridge.ServerConfiguration')]
    param(
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    process {
        $requests = foreach ($server in (Select-FaxServerName $ComputerName)) { New-FaxServerRequest -ComputerName $server -Backend $Backend }
        Invoke-FaxOperation -Method 'config.get' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.ServerConfiguration'
    }
}
