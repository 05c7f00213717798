# FaxBridge: PowerShell cmdlets for Windows fax devices, served by the FaxBridge Node sidecar.
# This file only loads the functions and wires the module's lifetime to the sidecar's.

Set-StrictMode -Version 2.0

foreach ($folder in 'Private', 'Public') {
    foreach ($file in Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot $folder) -Filter '*.ps1') {
        . $file.FullName
    }
}

$script:FaxSidecar = $null
# What the sidecar wrote to its standard error, until a cmdlet shows it with -Verbose.
$script:FaxSidecarErrors = New-Object System.Collections.Queue
$script:FaxRequestTimeoutSeconds = 30
if ($env:FAXBRIDGE_TIMEOUT_SECONDS -as [int]) { $script:FaxRequestTimeoutSeconds = [int]$env:FAXBRIDGE_TIMEOUT_SECONDS }

Register-FaxArgumentCompleter

# A configuration document is nested (servers, ports, routing methods): remoting and PSSerializer
# keep one level of an object by default, which would turn its ports into strings.
Update-TypeData -TypeName 'FaxBridge.Configuration' -SerializationDepth 8 -Force

$ExecutionContext.SessionState.Module.OnRemove = { Stop-FaxSidecar }
$null = Register-EngineEvent -SourceIdentifier PowerShell.Exiting -SupportEvent -Action { Stop-FaxSidecar }
