function New-FaxSidecarStartException {
    <#
    .SYNOPSIS
    The exception for a sidecar that could not be started: Invoke-FaxOperation turns it into a
    ResourceUnavailable error whose target is the path that was tried.
    .DESCRIPTION
    -Exited marks a sidecar that started and then exited before its handshake: Restart-FaxSidecar
    gives that one more start, since a crash or a kill can be transient; nothing else is retried.
    #>
    param([string] $Path, [string] $Message, [switch] $Exited)
    $exception = New-Object System.InvalidOperationException($Message)
    $exception.Data['FaxBridge.StartFailed'] = $true
    $exception.Data['FaxBridge.Path'] = $Path
    if ($Exited) { $exception.Data['FaxBridge.SidecarExited'] = $true }
    $exception
}
