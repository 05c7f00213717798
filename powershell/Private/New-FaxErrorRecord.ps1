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
    $api = if ($data -and $data.PSObject.Properties['api']) { [string]$data.api } else { '' }
    $category = [System.Management.Automation.ErrorCategory]::NotSpecified
    $exception = $null

    switch ($type) {
        'FaxApiError' {
            $exception = New-Object System.ComponentModel.Win32Exception([int]$data.win32Code, [string]$ErrorObject.message)
            $category = switch -Wildcard ($win32Name) {
                'ERROR_ACCESS_DENIED' { [System.Management.Automation.ErrorCategory]::PermissionDenied }
                'ERROR_BAD_UNIT' { [System.Management.Automation.ErrorCategory]::ObjectNotFound }
                'RPC_S_*' { [System.Management.Automation.ErrorCategory]::ConnectionError }
                'ERROR_DEVICE_IN_USE' { [System.Management.Automation.ErrorCategory]::ResourceBusy }
                'ERROR_INVALID_HANDLE' {
                    # From FaxOpenPort this means another client holds the port for modification.
                    if ($api -eq 'FaxOpenPort') { [System.Management.Automation.ErrorCategory]::ResourceBusy }
                    else { [System.Management.Automation.ErrorCategory]::InvalidOperation }
                }
                default { [System.Management.Automation.ErrorCategory]::InvalidOperation }
            }
        }
        'ValidationError' { $category = [System.Management.Automation.ErrorCategory]::InvalidArgument }
        'InvalidParams' { $category = [System.Management.Automation.ErrorCategory]::InvalidArgument }
        'PortNotFoundError' { $category = [System.Management.Automation.ErrorCategory]::ObjectNotFound }
        'NotSupportedError' { $category = [System.Management.Automation.ErrorCategory]::NotImplemented }
        'FaxLibraryError' {
            # The sidecar keeps file paths out of the protocol and writes them to its standard
            # error, which Invoke-FaxOperation shows with -Verbose.
            $category = [System.Management.Automation.ErrorCategory]::NotInstalled
            $exception = New-Object System.InvalidOperationException('The fax library could not be loaded; run the command again with -Verbose to see where the FaxBridge sidecar looked for it.')
        }
        'RuntimeNotInstalledError' { $category = [System.Management.Automation.ErrorCategory]::NotInstalled }
        'FaxNotInstalledError' { $category = [System.Management.Automation.ErrorCategory]::NotInstalled }
        'ShuttingDown' { $category = [System.Management.Automation.ErrorCategory]::ResourceUnavailable }
    }
    if ($null -eq $exception) {
        $exception = if ($category -eq [System.Management.Automation.ErrorCategory]::InvalidArgument) {
            New-Object System.ArgumentException([string]$ErrorObject.message)
        } else {
            New-Object System.InvalidOperationException([string]$ErrorObject.message)
        }
    }
    $errorId = if ($win32Name) { "FaxBridge.$win32Name" } else { "FaxBridge.$type" }
    New-Object System.Management.Automation.ErrorRecord($exception, $errorId, $category, $Target)
}
