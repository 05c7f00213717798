function Test-FaxSidecarEarlyStart {
    <#
    .SYNOPSIS
    Whether the module is being loaded to run cmdlets, so that starting the sidecar now saves
    the first cmdlet the wait for node.
    .DESCRIPTION
    Looks at the statement that loaded the module, the first frame of the call stack outside the
    module's own files: its first command is Import-Module (ipmo), or a FaxBridge command (a noun
    beginning with Fax) that PowerShell is loading the module to run. Anything else says no:
    Get-Help, Get-Command, tab completion (TabExpansion2, or CommandCompletion with no statement
    at all), `using module`, #Requires. Saying no only means the first cmdlet starts the sidecar.
    #>
    $base = $script:FaxModuleRoot
    foreach ($frame in Get-PSCallStack) {
        if ($frame.ScriptName -and $base -and $frame.ScriptName.StartsWith($base, [StringComparison]::OrdinalIgnoreCase)) { continue }
        if ($null -eq $frame.Position -or -not $frame.Position.Text) { return $false }
        $tokens = $null
        $problems = $null
        $statement = [System.Management.Automation.Language.Parser]::ParseInput($frame.Position.Text, [ref]$tokens, [ref]$problems)
        $first = $statement.Find({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)
        if ($null -eq $first) { return $false }
        $name = $first.GetCommandName()
        if (-not $name) { return $false }
        $name = [System.IO.Path]::GetFileNameWithoutExtension($name)
        return ($name -eq 'Import-Module' -or $name -eq 'ipmo' -or $name -match '^[A-Za-z]+-Fax')
    }
    $false
}
