function Restart-FaxSidecar {
    # A dead or missing sidecar is replaced; the new one reconnects to servers on first use.
    Stop-FaxSidecar
    Start-FaxSidecar
}
