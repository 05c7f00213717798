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
    .PARAMETER Backend
    How the server is reached: WinFax, the Fax Client API (winfax.dll; off Windows, the FaxBridge
    simulator), or ComEx, the Fax Extended COM API (Windows only). When omitted: ComEx for a
    remote -ComputerName on Windows, since winfax.dll reaches only the local server; WinFax
    otherwise. Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Connect-FaxServer -ComputerName FAXSRV02
    Connects to FAXSRV02 and shows the connection.
    .INPUTS
    System.String: server names; or objects with ComputerName (and optionally Backend).
    .OUTPUTS
    FaxBridge.ServerConnection
    .LINK
    Disconnect-FaxServer
    .LINK
    Get-FaxServerConnection
    #>
    [CmdletBinding(PositionalBinding = $false)]
    [OutputType('FaxBridge.ServerConnection')]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    process {
        $requests = foreach ($server in (Select-FaxServerName $ComputerName)) { New-FaxServerRequest -ComputerName $server -Backend $Backend }
        Invoke-FaxOperation -Method 'server.connect' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.ServerConnection'
    }
}
