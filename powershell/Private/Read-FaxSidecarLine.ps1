function Read-FaxSidecarLine {
    # A line, or $null at end of output; a TimeoutException when nothing came in time. An
    # unfinished read is kept for the next call, since a .NET ReadLineAsync cannot be cancelled.
    # Used for the handshake; Invoke-FaxSidecar reads the same way, inline, on every request.
    param([int] $TimeoutMilliseconds)
    $sidecar = $script:FaxSidecar
    if ($null -eq $sidecar.PendingRead) { $sidecar.PendingRead = $sidecar.Process.StandardOutput.ReadLineAsync() }
    if (-not $sidecar.PendingRead.Wait($TimeoutMilliseconds)) {
        throw [System.TimeoutException]::new("The FaxBridge sidecar did not answer within $($script:FaxRequestTimeoutSeconds) seconds.")
    }
    $line = $sidecar.PendingRead.Result
    $sidecar.PendingRead = $null
    return $line
}
