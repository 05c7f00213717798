function Stop-FaxSidecar {
    <#
    .SYNOPSIS
    Asks the sidecar to shut down (it closes its fax connections), and kills it if it does not.
    #>
    [CmdletBinding()]
    param()

    $sidecar = $script:FaxSidecar
    $script:FaxSidecar = $null
    if ($null -eq $sidecar -or $sidecar.Process.HasExited) { return }
    try {
        $sidecar.Writer.WriteLine('{"jsonrpc":"2.0","id":"shutdown","method":"shutdown"}')
        $sidecar.Writer.Close()
    } catch {
        Write-Verbose "The sidecar's input was already closed: $_"
    }
    if (-not $sidecar.Process.WaitForExit(5000)) {
        $sidecar.Process.Kill()
    }
    $sidecar.Process.Dispose()
}
