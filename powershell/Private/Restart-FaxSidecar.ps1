function Restart-FaxSidecar {
    # A dead or missing sidecar is replaced; the new one reconnects to servers on first use. One
    # that exits before its handshake (it crashed, or was killed) gets one more start.
    Stop-FaxSidecar
    Invoke-FaxSidecarStartTry { Start-FaxSidecar }
}

function Complete-FaxEarlySidecar {
    <#
    .SYNOPSIS
    The first request's use of the sidecar the module started while loading: it reads the
    handshake's reply, as Start-FaxSidecar would have. A sidecar started with other FAXBRIDGE_*
    variables or another PATH than a start now would see is replaced; one that exited before
    its handshake counts as the first of the two tries Restart-FaxSidecar gives.
    #>
    if ($script:FaxSidecar.Environment -cne (Get-FaxSidecarEnvironment)) {
        Write-Verbose 'The environment changed since the module started the FaxBridge sidecar: starting another.'
        Stop-FaxSidecar -Kill
        return
    }
    Invoke-FaxSidecarStartTry { Complete-FaxSidecarStart }
}

function Invoke-FaxSidecarStartTry {
    # Runs -FirstTry (a start, or the end of one); a sidecar that exited before its handshake
    # gets one more Start-FaxSidecar, whose failure is the one reported.
    param([scriptblock] $FirstTry)
    try {
        & $FirstTry
    } catch [System.InvalidOperationException] {
        if (-not $_.Exception.Data['FaxBridge.SidecarExited']) { throw }
        Write-Verbose "Starting the FaxBridge sidecar again: $($_.Exception.Message)"
        Start-FaxSidecar
    }
}
