function Start-FaxSidecar {
    <#
    .SYNOPSIS
    Starts `node main.js serve` with redirected stdio, sends its handshake, keeps it in
    $script:FaxSidecar, and (unless -NoWait) checks the handshake's reply.
    .DESCRIPTION
    Every way of failing to start (no node, a path that is not node, a process that exits, never
    answers, or answers something other than the handshake) throws the exception of
    New-FaxSidecarStartException naming the path tried, after killing whatever was started.
    The handshake gets the module's request timeout.
    -NoWait returns as soon as the process runs and the handshake is written: the module starts
    the sidecar so while it loads (see FaxBridge.psm1), and the first request reads the reply
    with Complete-FaxSidecarStart while node has been starting beside PowerShell.
    #>
    [CmdletBinding()]
    param([switch] $NoWait)

    $command = Resolve-FaxSidecarCommand
    $label = switch ($command.Origin) {
        'FAXBRIDGE_NODE' { "'$($command.Node)' (FAXBRIDGE_NODE)" }
        'PATH' { "'$($command.Node)' (node on PATH)" }
        default { "'$($command.Node)' ($($command.Origin))" }
    }
    $info = [System.Diagnostics.ProcessStartInfo]::new()
    $info.FileName = $command.Node
    if ($info.PSObject.Properties['ArgumentList'] -and $null -ne $info.ArgumentList) {
        $info.ArgumentList.Add($command.Script)
        $info.ArgumentList.Add('serve')
    } else {
        # Windows PowerShell 5.1 (.NET Framework) has no ArgumentList; the line holds only fixed text.
        $info.Arguments = '"' + $command.Script + '" serve'
    }
    $info.UseShellExecute = $false
    $info.CreateNoWindow = $true
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    # The sidecar writes UTF-8 on both; the default would follow the console code page.
    $info.StandardOutputEncoding = [System.Text.UTF8Encoding]::new($false)
    $info.StandardErrorEncoding = [System.Text.UTF8Encoding]::new($false)

    try {
        $process = [System.Diagnostics.Process]::Start($info)
    } catch {
        $reason = $_.Exception.GetBaseException().Message
        throw (New-FaxSidecarStartException -Path $command.Node -Message "Could not start $label as the FaxBridge sidecar: $reason")
    }
    # Our own writer: the default stdin encoding follows the console code page, the protocol is UTF-8.
    $writer = [System.IO.StreamWriter]::new($process.StandardInput.BaseStream, [System.Text.UTF8Encoding]::new($false))
    $writer.AutoFlush = $true
    $writer.NewLine = "`n"

    $script:FaxSidecar = [pscustomobject]@{
        Process     = $process
        Writer      = $writer
        PendingRead = $null
        # The longest request line it reads, from its handshake (0 until then: not checked).
        MaxRequestBytes = 0
        ErrorRead   = $process.StandardError.ReadLineAsync()
        # Until Complete-FaxSidecarStart has read the handshake's reply.
        Ready       = $false
        Command     = $command
        Label       = $label
        Environment = Get-FaxSidecarEnvironment
    }

    # Ask for PowerShell's property names, and make sure both sides speak the same protocol.
    try {
        $writer.WriteLine('{"jsonrpc":"2.0","id":0,"method":"handshake","params":{"client":"FaxBridge PowerShell module","naming":"powershell"}}')
    } catch [System.IO.IOException] {
        Write-Verbose "The sidecar's input closed before its handshake: $($_.Exception.Message)"
    } catch [System.ObjectDisposedException] {
        Write-Verbose "The sidecar's input closed before its handshake: $($_.Exception.Message)"
    }
    if (-not $NoWait) { Complete-FaxSidecarStart }
}

function Complete-FaxSidecarStart {
    <#
    .SYNOPSIS
    Reads and checks the handshake's reply of the sidecar Start-FaxSidecar started; throws as
    Start-FaxSidecar does when it is not the FaxBridge sidecar or exited before answering.
    #>
    [CmdletBinding()]
    param()

    $sidecar = $script:FaxSidecar
    $process = $sidecar.Process
    $command = $sidecar.Command
    $label = $sidecar.Label
    Write-Verbose "FaxBridge sidecar started: $label, process $($process.Id)."
    $reply = $null
    $failure = $null
    try {
        $reply = Read-FaxSidecarLine -TimeoutMilliseconds ($script:FaxRequestTimeoutSeconds * 1000)
    } catch [System.TimeoutException] {
        $failure = "$label started but did not answer the FaxBridge handshake within $($script:FaxRequestTimeoutSeconds) seconds (FAXBRIDGE_TIMEOUT_SECONDS)."
    } catch [System.IO.IOException] {
        Write-Verbose "The sidecar's input closed before its handshake: $($_.Exception.Message)"
    } catch [System.ObjectDisposedException] {
        Write-Verbose "The sidecar's input closed before its handshake: $($_.Exception.Message)"
    }

    if ($null -eq $failure -and $null -eq $reply) {
        # It exited before answering: say what it wrote to stderr, which names the cause.
        $exited = $process.WaitForExit(2000)
        $code = if ($exited) { $process.ExitCode } else { 'unknown' }
        $before = $script:FaxSidecarErrors.Count
        Stop-FaxSidecar -Kill
        $said = @($script:FaxSidecarErrors.ToArray() | Select-Object -Skip $before | Where-Object { $_.Trim() })
        $detail = if ($said.Count -gt 0) { ": $($said[0].Trim())" } else { " (exit code $code)" }
        throw (New-FaxSidecarStartException -Exited -Path $command.Node -Message "The FaxBridge sidecar, started as $label, exited before answering its handshake$detail")
    }
    if ($null -eq $failure) {
        $answer = $null
        try { $answer = ConvertFrom-Json -InputObject $reply } catch { $answer = $null }
        $shown = if ($reply.Length -gt 120) { $reply.Substring(0, 120) + '...' } else { $reply }
        if ($null -eq $answer -or $answer -isnot [psobject] -or -not $answer.PSObject.Properties['id']) {
            $failure = "$label is not the FaxBridge sidecar's node: it answered the handshake with '$shown', which is not a JSON-RPC reply (FaxBridge needs Node.js 20 or later)."
        } elseif (-not $answer.PSObject.Properties['result'] -or $null -eq $answer.result -or -not $answer.result.PSObject.Properties['ProtocolVersion']) {
            $failure = "The FaxBridge sidecar started as $label did not complete the handshake for protocol 1: it answered '$shown'."
        } elseif ($answer.result.ProtocolVersion -ne 1) {
            $theirs = if ($answer.result.PSObject.Properties['PackageVersion']) { " (FaxBridge $($answer.result.PackageVersion))" } else { '' }
            $failure = "The FaxBridge sidecar $($command.Script)$theirs speaks protocol $($answer.result.ProtocolVersion), but this module (FaxBridge $($ExecutionContext.SessionState.Module.Version)) speaks protocol 1: reinstall the module so that both come from the same version."
        }
    }
    if ($null -ne $failure) {
        Stop-FaxSidecar -Kill
        throw (New-FaxSidecarStartException -Path $command.Node -Message $failure)
    }
    if ($answer.result.PSObject.Properties['MaxRequestBytes']) { $sidecar.MaxRequestBytes = [long]$answer.result.MaxRequestBytes }
    $sidecar.Ready = $true
}

function Get-FaxSidecarEnvironment {
    # What a sidecar started now would be started with: the FAXBRIDGE_* variables (node, library,
    # simulator state, timeout ...) and PATH. A sidecar started early serves only the same.
    [string[]] $pairs = @(foreach ($entry in [Environment]::GetEnvironmentVariables().GetEnumerator()) {
            $name = [string]$entry.Key
            if ($name -eq 'PATH' -or $name.StartsWith('FAXBRIDGE_', [StringComparison]::OrdinalIgnoreCase)) { "$name=$($entry.Value)" }
        })
    [Array]::Sort($pairs, [StringComparer]::Ordinal)
    $pairs -join "`n"
}
