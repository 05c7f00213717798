function Disconnect-FaxServer {
    <#
    .SYNOPSIS
    Closes the connection to fax servers.
    .DESCRIPTION
    Closes the connection the FaxBridge sidecar holds to each server. Nothing is lost: a later
    cmdlet connects again. A server this session holds no connection to is a non-terminating
    ObjectNotFound error naming it.
    .PARAMETER ComputerName
    Fax servers to disconnect from; the local server when omitted. Tab completion offers the
    servers connected now.
    .PARAMETER Backend
    Closes only the connection through this backend (WinFax or ComEx); when omitted, the
    connections to the server through every backend.
    .EXAMPLE
    Get-FaxServerConnection | Disconnect-FaxServer
    Closes every open fax server connection.
    .EXAMPLE
    Disconnect-FaxServer -ComputerName FAXSRV02
    Closes the connection to FAXSRV02.
    .INPUTS
    System.String: server names; or objects with ComputerName (and optionally Backend), such as
    FaxBridge.ServerConnection.
    .OUTPUTS
    None.
    .LINK
    Connect-FaxServer
    .LINK
    Get-FaxServerConnection
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Low', PositionalBinding = $false)]
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
        $running = $null -ne $script:FaxSidecar -and -not $script:FaxSidecar.Process.HasExited
        $requests = foreach ($server in (Select-FaxServerName $ComputerName)) {
            $label = if ($server) { $server } else { 'localhost' }
            if (-not (Confirm-FaxChange -Cmdlet $PSCmdlet -Target $label -Action 'Disconnect from fax server')) { continue }
            # No sidecar means no connection; asking would start one only to say so.
            if ($running) { New-FaxServerRequest -ComputerName $server -Backend $Backend } else { Write-FaxNotConnectedError -Cmdlet $PSCmdlet -Server $label -Backend $Backend }
        }
        if (-not $requests) { return }
        $cmdlet = $PSCmdlet
        $notConnected = {
            param($reply)
            if (-not $reply.Disconnected) { Write-FaxNotConnectedError -Cmdlet $cmdlet -Server $reply.ComputerName -Backend $Backend }
            $false
        }
        Invoke-FaxOperation -Method 'server.disconnect' -Params @($requests) -Cmdlet $PSCmdlet -Filter $notConnected -Discard
    }
}
