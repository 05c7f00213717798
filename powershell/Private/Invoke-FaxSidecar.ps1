function Invoke-FaxSidecar {
    <#
    .SYNOPSIS
    Sends one request per parameter set to the sidecar and yields each reply as it arrives.
    .DESCRIPTION
    The only function that talks to the sidecar once it is started. It starts the sidecar on
    first use, restarts it once if it died (every FaxBridge method sets absolute values, so
    resending is safe), and gives up on a request after the module's timeout so no cmdlet can
    hang. Replies to requests that were abandoned earlier are recognised by id and dropped.
    It writes, reads and parses itself, and is a plain function rather than an advanced one:
    it runs on every cmdlet call, where each function call costs about 30 us in pwsh 7.
    #>
    param([string] $Method, [hashtable[]] $Params)

    # Replies come back in the order the sidecar finishes them; each server's are written in the
    # order asked (a server's requests run one after another anyway), while servers stream
    # independently, so a slow server holds back only its own replies.
    if ($null -ne $script:FaxSidecar -and -not $script:FaxSidecar.Ready) { Complete-FaxEarlySidecar }
    if ($null -eq $script:FaxSidecar -or $script:FaxSidecar.Process.HasExited) { Restart-FaxSidecar }
    $pending = @{}   # id -> params of a request not answered yet
    $lines = @{}     # id -> its request line, to send again to a new sidecar
    $order = @{}     # server key -> ids of its requests not written yet, in the order asked
    $keyOf = @{}     # id -> its server key
    $answered = @{}  # id -> a reply waiting for an earlier request of the same server
    $sendOrder = New-Object System.Collections.ArrayList
    foreach ($parameters in $Params) {
        $id = $script:FaxSidecar.NextId
        $script:FaxSidecar.NextId = $id + 1
        $pending[$id] = $parameters
        $key = "$($parameters['ComputerName'])|$($parameters['Backend'])".ToLowerInvariant()
        if (-not $order.ContainsKey($key)) { $order[$key] = New-Object System.Collections.Queue }
        $order[$key].Enqueue($id)
        $keyOf[$id] = $key
        $null = $sendOrder.Add($id)
        # Method names are the module's own literals (letters and dots); params may hold user text.
        $lines[$id] = '{"jsonrpc":"2.0","id":' + $id + ',"method":"' + $Method + '","params":' + (ConvertTo-FaxJson $parameters) + '}'
    }

    $restarted = $false
    $send = $true
    $deadline = [DateTime]::UtcNow.AddSeconds($script:FaxRequestTimeoutSeconds)
    while ($pending.Count -gt 0) {
        $sidecar = $script:FaxSidecar
        if ($send) {
            # Every request still unanswered, in one write, in the order asked. A closed input means a dead sidecar.
            $send = $false
            $sent = $true
            try {
                $sidecar.Writer.Write((@(foreach ($key in $sendOrder) { if ($pending.ContainsKey($key)) { $lines[$key] } }) -join "`n") + "`n")
            } catch [System.IO.IOException] {
                $sent = $false
            } catch [System.ObjectDisposedException] {
                $sent = $false
            }
        }
        $line = $null
        if ($sent) {
            # As Read-FaxSidecarLine does: an unfinished read is kept for the next call, since a
            # .NET ReadLineAsync cannot be cancelled; $null is the end of the sidecar's output.
            $remaining = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
            if ($null -eq $sidecar.PendingRead) { $sidecar.PendingRead = $sidecar.Process.StandardOutput.ReadLineAsync() }
            if (-not $sidecar.PendingRead.Wait($remaining)) {
                throw [System.TimeoutException]::new("The FaxBridge sidecar did not answer within $($script:FaxRequestTimeoutSeconds) seconds.")
            }
            $line = $sidecar.PendingRead.Result
            $sidecar.PendingRead = $null
        }
        if ($null -eq $line) {
            # End of output: the sidecar died (or was killed). Start a new one and ask again, once.
            if ($restarted) { throw [System.InvalidOperationException]::new("The FaxBridge sidecar stopped while answering $Method.") }
            $restarted = $true
            Restart-FaxSidecar
            $send = $true
            continue
        }
        # The parser behind ConvertFrom-Json (public in Windows PowerShell 5.1 and PowerShell 7),
        # without the cmdlet around it; text it cannot parse goes to the cmdlet, for its error.
        $problem = $null
        try {
            $response = [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson($line, [ref]$problem)
        } catch {
            $problem = $_
        }
        if ($null -ne $problem) { $response = ConvertFrom-Json -InputObject $line }
        $id = $response.id
        if ($null -eq $id -or -not $pending.ContainsKey([int]$id)) { continue }
        $id = [int]$id
        $answered[$id] = [pscustomobject]@{ Params = $pending[$id]; Response = $response }
        $pending.Remove($id)
        $queue = $order[$keyOf[$id]]
        while ($queue.Count -gt 0 -and $answered.ContainsKey($queue.Peek())) {
            $next = $queue.Dequeue()
            $answered[$next]
            $answered.Remove($next)
        }
    }
}
