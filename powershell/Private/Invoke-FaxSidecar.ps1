function Invoke-FaxSidecar {
    <#
    .SYNOPSIS
    Sends one request per parameter set to the sidecar and yields each reply as it arrives.
    .DESCRIPTION
    The only function that touches the sidecar process. It starts the sidecar on first use,
    restarts it once if it died (every FaxBridge method sets absolute values, so resending is
    safe), and gives up on a request after the module's timeout so no cmdlet can hang.
    Replies to requests that were abandoned earlier are recognised by id and dropped.
    A plain function, not an advanced one, like every private function on the way of a request:
    the module's own code calls it, and binding [CmdletBinding()] parameters costs more.
    #>
    param([string] $Method, [hashtable[]] $Params)

    if ($null -eq $script:FaxSidecar -or $script:FaxSidecar.Process.HasExited) { Restart-FaxSidecar }
    $pending = @{}
    foreach ($parameters in $Params) {
        $id = $script:FaxSidecar.NextId
        $script:FaxSidecar.NextId = $id + 1
        # Method names are the module's own literals (letters and dots); params may hold user text.
        $line = '{"jsonrpc":"2.0","id":' + $id + ',"method":"' + $Method + '","params":' + (ConvertTo-FaxJson $parameters) + '}'
        $pending[$id] = [pscustomobject]@{ Params = $parameters; Line = $line }
    }

    $restarted = $false
    $lines = foreach ($request in $pending.Values) { $request.Line }
    $sent = Send-FaxSidecarLine -Lines $lines
    $deadline = [DateTime]::UtcNow.AddSeconds($script:FaxRequestTimeoutSeconds)
    while ($pending.Count -gt 0) {
        $line = $null
        if ($sent) {
            $remaining = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
            $line = Read-FaxSidecarLine -TimeoutMilliseconds $remaining
        }
        if ($null -eq $line) {
            # End of output: the sidecar died (or was killed). Start a new one and ask again, once.
            if ($restarted) { throw [System.InvalidOperationException]::new("The FaxBridge sidecar stopped while answering $Method.") }
            $restarted = $true
            Restart-FaxSidecar
            $lines = foreach ($request in $pending.Values) { $request.Line }
            $sent = Send-FaxSidecarLine -Lines $lines
            continue
        }
        $response = ConvertFrom-FaxSidecarJson -Json $line
        $id = $response.id
        if ($null -eq $id -or -not $pending.ContainsKey([int]$id)) { continue }
        $request = $pending[[int]$id]
        $pending.Remove([int]$id)
        [pscustomobject]@{ Params = $request.Params; Response = $response }
    }
}
