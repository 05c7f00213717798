function Get-FaxServerConnection {
    <#
    .SYNOPSIS
    Gets the fax server connections this session holds.
    .EXAMPLE
    Get-FaxServerConnection
    Lists the servers the FaxBridge sidecar is connected to, and since when.
    .OUTPUTS
    FaxBridge.ServerConnection
    #>
    [CmdletBinding()]
    [OutputType('FaxBridge.ServerConnection')]
    param()

    # No sidecar yet means no connections; listing them should not start one.
    if ($null -eq $script:FaxSidecar -or $script:FaxSidecar.Process.HasExited) { return }
    Invoke-FaxOperation -Method 'server.list' -Params @(@{}) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.ServerConnection'
}
