function Invoke-FaxSidecar {
    <#
    .SYNOPSIS
    Sends one request per parameter set to the sidecar and yields each reply as it arrives.
    .DESCRIPTION
    The only function that talks to the sidecar once it is started. It starts the sidecar on
    first use, restarts it once if it died (every FaxBridge method sets absolute values, so
    resending is safe), and gives up on a request after the module's timeout so no cmdlet can
    hang. Replies to requests that were abandoned earlier are recognised by id and dropped.
    Calls nest: while one yields a reply down the pipeline, the next cmdlet (Get-FaxPort -ComputerName
    a, b | Set-FaxPort) makes its own call, which may read the outer call's later replies; it
    leaves them in $script:FaxUnclaimedReplies for the outer call, and a sidecar it restarted is
    sent the outer call's requests again when the outer call resumes.
    It writes, reads and parses itself, and is a plain function rather than an advanced one:
    it runs on every cmdlet call, where each function call costs about 30 us in pwsh 7.
    #>
    param([string] $Method, [hashtable[]] $Params, [string] $ProgressActivity)

    # Replies come back in the order the sidecar finishes them; each server's are written in the
    # order asked (a server's requests run one after another anyway), while servers stream
    # independently, so a slow server holds back only its own replies.
    if ($null -ne $script:FaxSidecar -and -not $script:FaxSidecar.Ready) { Complete-FaxEarlySidecar }
    if ($null -eq $script:FaxSidecar -or $script:FaxSidecar.Process.HasExited) { Restart-FaxSidecar }
    $limit = $script:FaxSidecar.MaxRequestBytes
    $pending = @{}   # id -> params of a request not answered yet
    $lines = @{}     # id -> its request line, to send again to a new sidecar
    $order = @{}     # server key -> ids of its requests not written yet, in the order asked
    $keyOf = @{}     # id -> its server key
    $answered = @{}  # id -> a reply waiting for an earlier request of the same server
    $sendOrder = New-Object System.Collections.ArrayList
    $refused = $null
    foreach ($parameters in $Params) {
        # Unique for the module's lifetime, across sidecars, so that nested calls never share one.
        $id = $script:FaxNextRequestId
        $script:FaxNextRequestId = $id + 1
        # Method names are the module's own literals (letters and dots); params may hold user text.
        $line = '{"jsonrpc":"2.0","id":' + $id + ',"method":"' + $Method + '","params":' + (ConvertTo-FaxJson $parameters) + '}'
        # The sidecar would drop a longer line unread and answer it with no id to match, so it is
        # not sent, and answered here as the sidecar answers a request it refuses.
        # UTF-8 takes at most three bytes for each UTF-16 unit, so only a line over a third of the limit is counted.
        $bytes = if ($limit -gt 0 -and $line.Length -gt $limit / 3) { [System.Text.Encoding]::UTF8.GetByteCount($line) } else { 0 }
        if ($bytes -gt $limit) {
            $message = "The $Method request for '$(Get-FaxErrorTarget -Params $parameters)' is too large to send: $bytes bytes, where the FaxBridge sidecar reads at most $limit."
            if ($null -eq $refused) { $refused = New-Object System.Collections.ArrayList }
            $null = $refused.Add([pscustomobject]@{ Params = $parameters; Response = [pscustomobject]@{ id = $id; error = [pscustomobject]@{ code = -32600; message = $message; data = [pscustomobject]@{ type = 'RequestTooLarge' } } } })
            continue
        }
        $pending[$id] = $parameters
        $key = "$($parameters['ComputerName'])|$($parameters['Backend'])".ToLowerInvariant()
        if (-not $order.ContainsKey($key)) { $order[$key] = New-Object System.Collections.Queue }
        $order[$key].Enqueue($id)
        $keyOf[$id] = $key
        $null = $sendOrder.Add($id)
        $lines[$id] = $line
    }
    foreach ($id in $sendOrder) { $null = $script:FaxAwaitedReplies.Add($id) }
    if ($null -ne $refused) { $refused }

    $restarted = $false
    $send = $true
    $sentTo = $null
    $progressShown = $false
    try {
        # Time spent down the pipeline between two replies is not the sidecar's: the wait for a
        # reply starts again after each one.
        $deadline = [DateTime]::UtcNow.AddSeconds($script:FaxRequestTimeoutSeconds)
        while ($pending.Count -gt 0) {
            $sidecar = $script:FaxSidecar
            # A nested call restarted the sidecar while this one was yielding: the new one has
            # never seen this call's requests.
            if ($null -ne $sentTo -and -not [object]::ReferenceEquals($sentTo, $sidecar)) { $send = $true }
            if ($send) {
                # Every request still unanswered, in one write, in the order asked. A closed input means a dead sidecar.
                $send = $false
                $sent = $true
                $sentTo = $sidecar
                try {
                    $sidecar.Writer.Write((@(foreach ($key in $sendOrder) { if ($pending.ContainsKey($key)) { $lines[$key] } }) -join "`n") + "`n")
                } catch [System.IO.IOException] {
                    $sent = $false
                } catch [System.ObjectDisposedException] {
                    $sent = $false
                }
            }
            $response = $null
            if ($script:FaxUnclaimedReplies.Count -gt 0) {
                foreach ($id in $pending.Keys) {
                    if ($script:FaxUnclaimedReplies.ContainsKey($id)) { $response = $script:FaxUnclaimedReplies[$id]; break }
                }
            }
            if ($null -eq $response) {
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
                # The sidecar's only notification, as it writes it; a look at the text costs far
                # less than asking the parsed object for its members on every reply.
                if ($line.StartsWith('{"jsonrpc":"2.0","method":"progress",', [System.StringComparison]::Ordinal)) {
                    # For a request of this call: the sidecar is still at work on it (a fleet
                    # import over many servers), so the wait starts again.
                    if ($pending.ContainsKey([int]$response.params.Id)) {
                        $deadline = [DateTime]::UtcNow.AddSeconds($script:FaxRequestTimeoutSeconds)
                        if ($ProgressActivity) {
                            $update = $response.params
                            $percent = [int](100 * $update.Completed / [Math]::Max(1, $update.Total))
                            Write-Progress -Activity $ProgressActivity -Status "$($update.Completed) of $($update.Total) servers done; the last: $($update.ComputerName)" -PercentComplete $percent
                            $progressShown = $true
                        }
                    }
                    continue
                }
                $id = $response.id
                if ($null -eq $id) { continue }
                $id = [int]$id
                if (-not $pending.ContainsKey($id)) {
                    # An enclosing call's reply is kept for it; one nobody waits for any more is dropped.
                    if ($script:FaxAwaitedReplies.Contains($id)) { $script:FaxUnclaimedReplies[$id] = $response }
                    continue
                }
            }
            $id = [int]$response.id
            $null = $script:FaxUnclaimedReplies.Remove($id)
            $null = $script:FaxAwaitedReplies.Remove($id)
            $answered[$id] = [pscustomobject]@{ Params = $pending[$id]; Response = $response }
            $pending.Remove($id)
            $queue = $order[$keyOf[$id]]
            while ($queue.Count -gt 0 -and $answered.ContainsKey($queue.Peek())) {
                $next = $queue.Dequeue()
                $answered[$next]
                $answered.Remove($next)
            }
            $deadline = [DateTime]::UtcNow.AddSeconds($script:FaxRequestTimeoutSeconds)
        }
    } finally {
        if ($progressShown) { Write-Progress -Activity $ProgressActivity -Completed }
        # Ended by a timeout, an error or a stopped pipeline (Select-Object -First): later replies
        # to this call are no one's.
        foreach ($id in @($pending.Keys)) {
            $null = $script:FaxAwaitedReplies.Remove($id)
            $null = $script:FaxUnclaimedReplies.Remove($id)
        }
    }
}
