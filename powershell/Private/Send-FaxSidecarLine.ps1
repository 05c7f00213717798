function Send-FaxSidecarLine {
    # False when the sidecar's input is closed, which the read loop then treats as a dead sidecar.
    param([string[]] $Lines)
    try {
        foreach ($line in $Lines) { $script:FaxSidecar.Writer.WriteLine($line) }
        return $true
    } catch [System.IO.IOException] {
        return $false
    } catch [System.ObjectDisposedException] {
        return $false
    }
}
