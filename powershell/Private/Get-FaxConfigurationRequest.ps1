function Get-FaxConfigurationRequest {
    <#
    .SYNOPSIS
    The params of a configuration.compare or configuration.import request: the document as JSON
    text (never as a nested object, so that the sidecar's renaming of request keys never reaches it), the file it
    came from for messages, and the servers asked for.
    .DESCRIPTION
    -Path is read as the file's text, so the sidecar's messages name its lines. -InputObject is
    JSON text as it is, or an object (Export-FaxConfiguration's, ConvertFrom-Json's, a
    deserialized one from remoting) written with ConvertTo-Json. A file that cannot be read is a
    terminating error of the cmdlet: nothing can be compared or imported without it.
    #>
    param(
        [System.Management.Automation.PSCmdlet] $Cmdlet,
        [string] $Path,
        $InputObject,
        [string[]] $ComputerName,
        [string] $Backend
    )
    $request = @{}
    if ($Path) {
        $full = $Cmdlet.GetUnresolvedProviderPathFromPSPath($Path)
        if (-not [System.IO.File]::Exists($full)) {
            $exception = New-Object System.Management.Automation.ItemNotFoundException("Cannot find the configuration document '$Path' ($full).")
            $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.ConfigurationFileNotFound', 'ObjectNotFound', $Path)))
        }
        # UTF-8 unless the file has another byte order mark, in Windows PowerShell 5.1 as in 7.
        $request.Document = [System.IO.File]::ReadAllText($full)
        $request.Path = $Path
    } elseif ($InputObject -is [string]) {
        $request.Document = $InputObject
    } else {
        $request.Document = ConvertTo-Json -InputObject $InputObject -Depth 32
    }
    # None given: a document's own servers (a template then says it needs some).
    if ($ComputerName) { $request.ComputerName = @(Select-FaxServerName $ComputerName) }
    if ($Backend) { $request.Backend = $Backend }
    $request
}
