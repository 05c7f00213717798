function Write-FaxSidecarError {
    <#
    .SYNOPSIS
    Shows what the sidecar wrote to its standard error as verbose messages of the cmdlet running
    (a fax library's lookup, why it stopped), so that -Verbose shows them.
    #>
    param([System.Management.Automation.PSCmdlet] $Cmdlet)
    Receive-FaxSidecarError -Sidecar $script:FaxSidecar
    while ($script:FaxSidecarErrors.Count -gt 0) {
        $Cmdlet.WriteVerbose("FaxBridge sidecar: $($script:FaxSidecarErrors.Dequeue())")
    }
}
