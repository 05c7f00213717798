function Start-FaxSidecar {
    <#
    .SYNOPSIS
    Starts `node main.js serve` with redirected stdio and keeps it in $script:FaxSidecar.
    #>
    [CmdletBinding()]
    param()

    $command = Resolve-FaxSidecarCommand
    $info = New-Object System.Diagnostics.ProcessStartInfo
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
    $info.StandardOutputEncoding = New-Object System.Text.UTF8Encoding($false)

    $process = [System.Diagnostics.Process]::Start($info)
    # Our own writer: the default stdin encoding follows the console code page, the protocol is UTF-8.
    $writer = New-Object System.IO.StreamWriter($process.StandardInput.BaseStream, (New-Object System.Text.UTF8Encoding($false)))
    $writer.AutoFlush = $true
    $writer.NewLine = "`n"

    $script:FaxSidecar = [pscustomobject]@{
        Process     = $process
        Writer      = $writer
        NextId      = 1
        PendingRead = $null
        # Draining stderr keeps a chatty sidecar from blocking on a full pipe.
        ErrorText   = $process.StandardError.ReadToEndAsync()
    }
    Write-Verbose "FaxBridge sidecar started (process $($process.Id))."

    # Ask for PowerShell's property names, and make sure both sides speak the same protocol.
    $reply = $null
    try {
        $writer.WriteLine('{"jsonrpc":"2.0","id":0,"method":"handshake","params":{"client":"FaxBridge PowerShell module","naming":"powershell"}}')
        $reply = Read-FaxSidecarLine -TimeoutMilliseconds ($script:FaxRequestTimeoutSeconds * 1000)
    } catch [System.IO.IOException] {
        Write-Verbose "The sidecar's input closed before its handshake: $($_.Exception.Message)"
    }
    if ($null -eq $reply) {
        # It exited before answering: say what it wrote to stderr, which names the cause.
        $said = if ($process.WaitForExit(2000) -and $script:FaxSidecar.ErrorText.Wait(1000)) { $script:FaxSidecar.ErrorText.Result.Trim() } else { '' }
        Stop-FaxSidecar
        $detail = if ($said) { ": $(($said -split "`n")[0])" } else { " (exit code $(if ($process.HasExited) { $process.ExitCode } else { 'unknown' }))" }
        $exception = [System.InvalidOperationException]::new("The FaxBridge sidecar exited before answering its handshake$detail")
        $exception.Data['FaxBridge.SidecarExited'] = $true
        throw $exception
    }
    $answer = ConvertFrom-Json -InputObject $reply
    $protocol = 1
    if (-not $answer.PSObject.Properties['result'] -or -not $answer.result.PSObject.Properties['ProtocolVersion']) {
        Stop-FaxSidecar
        throw [System.InvalidOperationException]::new("The FaxBridge sidecar did not complete the handshake for protocol ${protocol}: $reply")
    }
    if ($answer.result.ProtocolVersion -ne $protocol) {
        Stop-FaxSidecar
        $theirs = if ($answer.result.PSObject.Properties['PackageVersion']) { " (FaxBridge $($answer.result.PackageVersion))" } else { '' }
        $ours = $ExecutionContext.SessionState.Module.Version
        throw [System.InvalidOperationException]::new("The FaxBridge sidecar $($command.Script)$theirs speaks protocol $($answer.result.ProtocolVersion), but this module (FaxBridge $ours) speaks protocol ${protocol}: reinstall the module so that both come from the same version.")
    }
}
