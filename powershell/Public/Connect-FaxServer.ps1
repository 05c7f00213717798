function Connect-FaxServer {
    <#
    .SYNOPSIS
    Opens a connection to fax servers and keeps it for the following cmdlets.
    .DESCRIPTION
    Other FaxBridge cmdlets connect on first use by themselves; Connect-FaxServer checks that a
    server can be reached and keeps its connection open until Disconnect-FaxServer or the end of
    the session. On Windows a remote server is reached through the Fax Extended COM API, since
    the legacy fax API serves only the local server.
    .PARAMETER ComputerName
    Fax servers to connect to; the local server when omitted.
    .EXAMPLE
    Connect-FaxServer -ComputerName FAXSRV02
    Connects to FAXSRV02 and shows the connection.
    .OUTPUTS
    FaxBridge.ServerConnection
    #>
    [CmdletBinding()]
    [OutputType('FaxBridge.ServerConnection')]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [string[]] $ComputerName = @('')
    )

    process {
        $requests = foreach ($server in $ComputerName) { if ($server) { @{ server = $server } } else { @{} } }
        Invoke-FaxOperation -Method 'server.connect' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.ServerConnection'
    }
}
