# FaxBridge: PowerShell cmdlets for Windows fax devices, served by the FaxBridge Node sidecar.
# This file only loads the functions and wires the module's lifetime to the sidecar's.

Set-StrictMode -Version 2.0

#region functions
# The package holds one .psm1: `npm run package` puts every Private/ and Public/ file in place of
# this region (scripts/package/module-files.mjs), which loads quicker than dot-sourcing each.
foreach ($folder in 'Private', 'Public') {
    foreach ($file in [System.IO.Directory]::GetFiles([System.IO.Path]::Combine($PSScriptRoot, $folder), '*.ps1')) {
        # .NET Framework's '*.ps1' also matches '*.ps1xml'.
        if ($file.EndsWith('.ps1')) { . $file }
    }
}
#endregion functions

# The folder of this file, whichever layout loaded it (see Resolve-FaxSidecarCommand).
$script:FaxModuleRoot = $PSScriptRoot
$script:FaxSidecar = $null
# Request ids, and the replies a nested call read for an enclosing one (see Invoke-FaxSidecar).
$script:FaxNextRequestId = 1
$script:FaxAwaitedReplies = [System.Collections.Generic.HashSet[int]]::new()
$script:FaxUnclaimedReplies = [System.Collections.Generic.Dictionary[int, object]]::new()
# What the sidecar wrote to its standard error, until a cmdlet shows it with -Verbose.
$script:FaxSidecarErrors = [System.Collections.Queue]::new()
$script:FaxRequestTimeoutSeconds = 30
if ($env:FAXBRIDGE_TIMEOUT_SECONDS -as [int]) { $script:FaxRequestTimeoutSeconds = [int]$env:FAXBRIDGE_TIMEOUT_SECONDS }

Register-FaxArgumentCompleter

# A configuration document is nested (servers, ports, routing methods): remoting and PSSerializer
# keep one level of an object by default, which would turn its ports into strings.
Update-TypeData -TypeName 'FaxBridge.Configuration' -SerializationDepth 8 -Force

$ExecutionContext.SessionState.Module.OnRemove = { Stop-FaxSidecar }
$null = Register-EngineEvent -SourceIdentifier PowerShell.Exiting -SupportEvent -Action { Stop-FaxSidecar }

# Node starts now, beside PowerShell compiling and running the cmdlet (or the script) that loaded
# the module; the first request only reads the handshake's reply. Not when the module is loaded
# for Get-Help, Get-Command or tab completion (Test-FaxSidecarEarlyStart). A start that fails here
# is left to the first cmdlet, which starts it again and reports why it cannot.
if (Test-FaxSidecarEarlyStart -Invocation $MyInvocation) {
    try { Start-FaxSidecar -NoWait } catch { Stop-FaxSidecar -Kill }
}
