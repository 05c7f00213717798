function Get-FaxRequestedChange {
    <#
    .SYNOPSIS
    The settings a Set- cmdlet was given, under their PowerShell names (the sidecar takes those);
    $null (and an InvalidArgument error on the cmdlet) when none was given.
    .DESCRIPTION
    -Given holds the settings given for this call or this pipeline object (see
    Get-FaxGivenParameter), under their PowerShell names.
    #>
    param(
        [System.Management.Automation.PSCmdlet] $Cmdlet,
        [hashtable] $Given,
        [string[]] $Settings,
        $Target
    )
    $change = @{}
    foreach ($setting in $Settings) {
        if ($Given.ContainsKey($setting)) { $change[$setting] = $Given[$setting] }
    }
    if ($change.Count -gt 0) { return $change }
    $exception = New-Object System.ArgumentException("Nothing to change: give at least one of -$($Settings -join ', -').")
    $Cmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.NothingToChange', 'InvalidArgument', $Target)))
    $null
}
