# Each error type the sidecar sends (src/core/errors.ts, faxErrorType) and the category a script
# can act on; the sidecar has already said what kind of failure it is, so nothing is inferred here.
$script:FaxErrorCategories = @{
    'AccessDenied'      = [System.Management.Automation.ErrorCategory]::PermissionDenied
    'PortNotFound'      = [System.Management.Automation.ErrorCategory]::ObjectNotFound
    'JobNotFound'       = [System.Management.Automation.ErrorCategory]::ObjectNotFound
    'ServerUnreachable' = [System.Management.Automation.ErrorCategory]::ConnectionError
    'PortBusy'          = [System.Management.Automation.ErrorCategory]::ResourceBusy
    'PortBeingModified' = [System.Management.Automation.ErrorCategory]::ResourceBusy
    'JobState'          = [System.Management.Automation.ErrorCategory]::InvalidOperation
    'FaxApi'            = [System.Management.Automation.ErrorCategory]::InvalidOperation
    'Validation'        = [System.Management.Automation.ErrorCategory]::InvalidArgument
    'InvalidParams'     = [System.Management.Automation.ErrorCategory]::InvalidArgument
    'NotSupported'      = [System.Management.Automation.ErrorCategory]::NotImplemented
    'FaxLibrary'        = [System.Management.Automation.ErrorCategory]::NotInstalled
    'RuntimeNotInstalled' = [System.Management.Automation.ErrorCategory]::NotInstalled
    'FaxNotInstalled'   = [System.Management.Automation.ErrorCategory]::NotInstalled
    'ShuttingDown'      = [System.Management.Automation.ErrorCategory]::ResourceUnavailable
    'ConfigurationDocument' = [System.Management.Automation.ErrorCategory]::InvalidData
    # The module's own: a request longer than the sidecar reads, never sent (Invoke-FaxSidecar).
    'RequestTooLarge'   = [System.Management.Automation.ErrorCategory]::LimitsExceeded
}

function New-FaxErrorRecord {
    <#
    .SYNOPSIS
    Turns a sidecar error reply into an ErrorRecord with a category a script can act on.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] $ErrorObject,
        $Target
    )

    $data = $ErrorObject.data
    $type = if ($data -and $data.PSObject.Properties['type']) { [string]$data.type } else { 'Error' }
    $win32Name = if ($data -and $data.PSObject.Properties['win32Name']) { [string]$data.win32Name } else { '' }
    $category = $script:FaxErrorCategories[$type]
    if ($null -eq $category) { $category = [System.Management.Automation.ErrorCategory]::NotSpecified }

    $exception = if ($type -eq 'FaxLibrary') {
        # The sidecar keeps file paths out of the protocol and writes them to its standard
        # error, which Invoke-FaxOperation shows with -Verbose.
        New-Object System.InvalidOperationException('The fax library could not be loaded; run the command again with -Verbose to see where the FaxBridge sidecar looked for it.')
    } elseif ($data -and $data.PSObject.Properties['win32Code']) {
        New-Object System.ComponentModel.Win32Exception([int]$data.win32Code, [string]$ErrorObject.message)
    } elseif ($category -eq [System.Management.Automation.ErrorCategory]::InvalidArgument) {
        New-Object System.ArgumentException([string]$ErrorObject.message)
    } else {
        New-Object System.InvalidOperationException([string]$ErrorObject.message)
    }
    $errorId = if ($win32Name) { "FaxBridge.$win32Name" } else { "FaxBridge.$type" }
    New-Object System.Management.Automation.ErrorRecord($exception, $errorId, $category, $Target)
}
