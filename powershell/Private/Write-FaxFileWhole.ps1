function Write-FaxFileWhole {
    <#
    .SYNOPSIS
    Writes text to a file as UTF-8 (no byte order mark), whole or not at all: into a temporary
    file beside it, then in its place, so a failure part-way leaves the old file as it was.
    #>
    param([System.Management.Automation.PSCmdlet] $Cmdlet, [string] $Path, [string] $Text)
    $full = $Cmdlet.GetUnresolvedProviderPathFromPSPath($Path)
    $temporary = Join-Path ([System.IO.Path]::GetDirectoryName($full)) ('.' + [System.IO.Path]::GetFileName($full) + '.' + [guid]::NewGuid().ToString('N') + '.tmp')
    try {
        [System.IO.File]::WriteAllText($temporary, $Text, (New-Object System.Text.UTF8Encoding($false)))
        # File.Replace needs an existing file; .NET Framework's File.Move cannot overwrite.
        if ([System.IO.File]::Exists($full)) { [System.IO.File]::Replace($temporary, $full, $null) } else { [System.IO.File]::Move($temporary, $full) }
    } catch {
        if ([System.IO.File]::Exists($temporary)) { [System.IO.File]::Delete($temporary) }
        $exception = New-Object System.IO.IOException("Cannot write the configuration document '$Path': $($_.Exception.Message)", $_.Exception)
        $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.ConfigurationFileNotWritten', 'WriteError', $Path)))
    }
}
