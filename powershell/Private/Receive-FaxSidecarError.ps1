function Receive-FaxSidecarError {
    <#
    .SYNOPSIS
    Moves the lines the sidecar has written to its standard error into $script:FaxSidecarErrors,
    for the cmdlet that runs next to show with -Verbose.
    .DESCRIPTION
    Takes what has already arrived and returns; -WaitMilliseconds waits that long for a first
    line (the sidecar writes a fax library's lookup there just before its error reply), and
    -ToEnd reads until the sidecar closes its standard error, within that time. Reading as the
    lines come also keeps a chatty sidecar from blocking on a full pipe. At most the last 1,000
    lines are kept.
    #>
    param($Sidecar, [int] $WaitMilliseconds = 0, [switch] $ToEnd)
    if ($null -eq $Sidecar) { return }
    $deadline = [DateTime]::UtcNow.AddMilliseconds($WaitMilliseconds)
    while ($null -ne $Sidecar.ErrorRead) {
        $wait = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
        try {
            if (-not $Sidecar.ErrorRead.Wait($wait)) { return }
            $line = $Sidecar.ErrorRead.Result
        } catch {
            $line = $null
        }
        if ($null -eq $line) {
            $Sidecar.ErrorRead = $null
            return
        }
        $script:FaxSidecarErrors.Enqueue($line)
        while ($script:FaxSidecarErrors.Count -gt 1000) { $null = $script:FaxSidecarErrors.Dequeue() }
        $Sidecar.ErrorRead = $Sidecar.Process.StandardError.ReadLineAsync()
        if (-not $ToEnd) { $deadline = [DateTime]::UtcNow }
    }
}
