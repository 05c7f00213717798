function Disconnect-FaxServer {
    <#
    .SYNOPSIS
    Closes the connection to fax servers.
    .DESCRIPTION
    Closes the connection the FaxBridge sidecar holds to each server. Nothing is lost: a later
    cmdlet connects again.
    .PARAMETER ComputerName
    Fax servers to disconnect from; the local server when omitted.
    .PARAMETER Backend
    Closes only the connection through this backend (WinFax or ComEx); when omitted, the
    connections to the server through every backend.
    .EXAMPLE
    Get-FaxServerConnection | Disconnect-FaxServer
    Closes every open fax server connection.
    .EXAMPLE
    Disconnect-FaxServer -ComputerName FAXSRV02
    Closes the connection to FAXSRV02.
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Low')]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    process {
        $requests = foreach ($server in $ComputerName) {
            $label = if ($server) { $server } else { 'localhost' }
            if ($PSCmdlet.ShouldProcess($label, 'Disconnect from fax server')) {
                New-FaxServerRequest -ComputerName $server -Backend $Backend
            }
        }
        if ($requests) {
            Invoke-FaxOperation -Method 'server.disconnect' -Params @($requests) -Cmdlet $PSCmdlet -Discard
        }
    }
}
