function Stop-FaxSidecar {
    <#
    .SYNOPSIS
    Asks the sidecar to shut down (it closes its fax connections), and kills it if it does not
    within a few seconds; -Kill kills it at once (a process that is not the sidecar).
    .DESCRIPTION
    While it waits it reads the sidecar's standard output to the end: on Windows a process
    that flushes its output on exit (koffi's exit handler does) blocks until the reader has
    read it, so an unread reply to `shutdown` would hold the sidecar until it is killed.
    Every path is bounded: about 3 seconds for the sidecar to stop, 2 more after a kill.
    #>
    [CmdletBinding()]
    param([switch] $Kill)

    $sidecar = $script:FaxSidecar
    $script:FaxSidecar = $null
    if ($null -eq $sidecar) { return }
    $process = $sidecar.Process
    try {
        if (-not $Kill -and -not $process.HasExited) {
            try {
                $sidecar.Writer.WriteLine('{"jsonrpc":"2.0","id":"shutdown","method":"shutdown"}')
                $sidecar.Writer.Close()
            } catch {
                Write-Verbose "The sidecar's input was already closed: $_"
            }
            $deadline = [DateTime]::UtcNow.AddSeconds(3)
            $read = $sidecar.PendingRead
            while ($true) {
                $remaining = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
                if ($null -eq $read) { $read = $process.StandardOutput.ReadLineAsync() }
                $done = $false
                try { $done = $read.Wait($remaining) } catch { $done = $true; $read = $null; break }
                if (-not $done) { break }
                if ($null -eq $read.Result) { break }
                $read = $null
            }
            $remaining = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
            $null = $process.WaitForExit($remaining)
        }
        if (-not $process.HasExited) {
            # Kill() throws if the process exited since HasExited was read; either way it is gone.
            # On .NET (PowerShell 7) the whole tree goes: FAXBRIDGE_NODE may name a script that
            # started node; .NET Framework (5.1) can kill only the process itself.
            try {
                if ($PSVersionTable.PSEdition -eq 'Core') { $process.Kill($true) } else { $process.Kill() }
            } catch {
                Write-Verbose "Killing the sidecar: $($_.Exception.Message)"
            }
            $null = $process.WaitForExit(2000)
        }
        Receive-FaxSidecarError -Sidecar $sidecar -WaitMilliseconds 500 -ToEnd
    } finally {
        try { $sidecar.Writer.Dispose() } catch { Write-Verbose "Closing the sidecar's input: $($_.Exception.Message)" }
        $process.Dispose()
    }
}
