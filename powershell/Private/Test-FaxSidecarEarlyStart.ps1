function Test-FaxSidecarEarlyStart {
    <#
    .SYNOPSIS
    Whether the module is being loaded to run cmdlets, so that starting the sidecar now saves
    the first cmdlet the wait for node.
    .DESCRIPTION
    Yes when Import-Module loaded it (the module script's own -Invocation then has the line that
    called Import-Module), or when PowerShell loads it to run a FaxBridge command (the first
    statement outside the module on the call stack begins with a command whose noun begins with
    Fax). No for anything else: Get-Help, Get-Command, tab completion (TabExpansion2, or
    CommandCompletion with no statement at all), `using module`, #Requires. No only means the
    first cmdlet starts the sidecar. Plain text tests, not the parser: this runs in every
    Import-Module, where each first use of a cmdlet or .NET API costs milliseconds.
    #>
    param([System.Management.Automation.InvocationInfo] $Invocation)
    if ($Invocation -and $Invocation.Line) { return $true }
    $base = $script:FaxModuleRoot
    foreach ($frame in Get-PSCallStack) {
        if ($frame.ScriptName -and $frame.ScriptName.StartsWith($base, [StringComparison]::OrdinalIgnoreCase)) { continue }
        if ($null -eq $frame.Position) { return $false }
        # An optional assignment, then a command: "$ports = @(Get-FaxPort ...", "Get-FaxPort | ...".
        return ([string]$frame.Position.Text) -match '^\s*(\$[\w:]+\s*=\s*)?([@$]?\(\s*)*(&\s*)?[A-Za-z]+-Fax'
    }
    $false
}
