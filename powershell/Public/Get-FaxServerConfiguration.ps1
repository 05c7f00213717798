function Get-FaxServerConfiguration {
    <#
    .SYNOPSIS
    Gets the configuration of fax servers: retries, discount rate period, archiving and more.
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
    .OUTPUTS
    FaxBridge.ServerConfiguration
    #>
    [CmdletBinding()]
    [OutputType('FaxBridge.ServerConfiguration')]
    param(
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    process {
        $requests = foreach ($server in $ComputerName) { New-FaxServerRequest -ComputerName $server -Backend $Backend }
        Invoke-FaxOperation -Method 'config.get' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.ServerConfiguration'
    }
}
