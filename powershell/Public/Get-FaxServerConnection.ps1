function Get-FaxServerConnection {
    <#
    .SYNOPSIS
    Gets the fax server connections this session holds.
    .DESCRIPTION
    Lists the servers the FaxBridge sidecar holds a connection to, through which backend, and
    since when (ConnectedAt, UTC). Cmdlets connect on first use and keep the connection until
    Disconnect-FaxServer or the end of the session; with no sidecar running yet there are none,
    and listing them does not start one.
    .EXAMPLE
    Get-FaxServerConnection
    Lists the servers the FaxBridge sidecar is connected to, and since when.
    .INPUTS
    None.
    .OUTPUTS
    FaxBridge.ServerConnection
    .LINK
    Connect-FaxServer
    .LINK
    Disconnect-FaxServer
    #>
    [CmdletBinding()]
    [OutputType('FaxBridge.ServerConnection')]
    param()

    # No sidecar yet means no connections; listing them should not start one.
    if ($null -eq $script:FaxSidecar -or $script:FaxSidecar.Process.HasExited) { return }
    Invoke-FaxOperation -Method 'server.list' -Params @(@{}) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.ServerConnection'
}
