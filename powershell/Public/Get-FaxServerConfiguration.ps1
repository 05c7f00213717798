function Get-FaxServerConfiguration {
    <#
    .SYNOPSIS
    Gets the configuration of fax servers: retries, discount rate period, archiving and more.
    .PARAMETER ComputerName
    Fax servers to ask; the local server when omitted.
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
        [string[]] $ComputerName = @('')
    )

    process {
        $requests = foreach ($server in $ComputerName) { if ($server) { @{ server = $server } } else { @{} } }
        Invoke-FaxOperation -Method 'config.get' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.ServerConfiguration'
    }
}
