function Restart-FaxSidecar {
    # A dead or missing sidecar is replaced; the new one reconnects to servers on first use. One
    # that exits before its handshake (it crashed, or was killed) gets one more start.
    Stop-FaxSidecar
    try {
        Start-FaxSidecar
    } catch [System.InvalidOperationException] {
        if (-not $_.Exception.Data['FaxBridge.SidecarExited']) { throw }
        Write-Verbose "Starting the FaxBridge sidecar again: $($_.Exception.Message)"
        Start-FaxSidecar
    }
}
