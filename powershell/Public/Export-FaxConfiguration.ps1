function Export-FaxConfiguration {
    <#
    .SYNOPSIS
    Writes the configuration of fax servers as a document: a JSON file, or an object.
    .DESCRIPTION
    Reads each server's configuration (retries, retry delay, dirty days, branding, device TSID,
    server cover pages, queue paused, discount period, archiving) and each port's settings (send,
    receive, rings, priority, TSID, CSID and the routing methods enabled, by GUID with their
    friendly names), and writes them as one configuration document, the form
    Compare-FaxConfiguration and Import-FaxConfiguration read. Ports are named by device name;
    the device id is kept for information only, as it can change between sessions.

    With -Path, the document is written to that file as JSON (UTF-8), whole or not at all; it
    names the schema (faxbridge-configuration.schema.json) so that editors check it. Without
    -Path, the document goes down the pipeline as an object (FaxBridge.Configuration) that
    ConvertTo-Json -Depth 8 writes back as the same JSON, and that Compare-FaxConfiguration and
    Import-FaxConfiguration take as -InputObject. A server that cannot be read is a
    non-terminating error; the others are exported regardless.
    .PARAMETER ComputerName
    The fax servers; the local server when omitted.
    .PARAMETER Path
    The file to write. An existing file is replaced.
    .PARAMETER Backend
    How the servers are reached: WinFax (winfax.dll) or ComEx (FaxComEx). When omitted, the one
    that can reach each server; see BACKENDS in about_FaxBridge.
    .EXAMPLE
    Export-FaxConfiguration -ComputerName localhost, FAXSRV02 -Path fleet.json
    Writes the configuration of two servers to fleet.json, for version control and review.
    .EXAMPLE
    Export-FaxConfiguration | ConvertTo-Json -Depth 8
    Shows the local server's configuration document as JSON.
    .EXAMPLE
    (Export-FaxConfiguration -ComputerName FAXSRV02).servers[0].ports | Format-Table name, rings, priority, tsid
    Lists the port settings a document holds for FAXSRV02.
    .INPUTS
    Objects with ComputerName (and optionally Backend), such as FaxBridge.ServerConnection.
    .OUTPUTS
    FaxBridge.Configuration, without -Path
    .LINK
    Compare-FaxConfiguration
    .LINK
    Import-FaxConfiguration
    .LINK
    about_FaxBridge
    #>
    [CmdletBinding(PositionalBinding = $false)]
    [OutputType('FaxBridge.Configuration')]
    param(
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [ValidateNotNullOrEmpty()]
        [string] $Path,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    begin {
        # One document for every server, piped or given.
        $servers = New-Object System.Collections.ArrayList
    }

    process {
        foreach ($server in $ComputerName) { $null = $servers.Add($server) }
    }

    end {
        $request = @{ ComputerName = @(Select-FaxServerName $servers) }
        if ($Backend) { $request.Backend = $Backend }
        $exported = Invoke-FaxOperation -Method 'configuration.export' -Params @($request) -Cmdlet $PSCmdlet -Collect -ProgressActivity 'Reading the configuration of each server'
        if ($null -eq $exported) { return }
        foreach ($failure in @($exported.Failures)) {
            $PSCmdlet.WriteError((New-FaxErrorRecord -ErrorObject ([pscustomobject]@{ message = "$($failure.ComputerName) is not in the document: $($failure.Error.Message)"; data = $failure.Error }) -Target ([string]$failure.ComputerName)))
        }
        if ($Path) {
            Write-FaxFileWhole -Cmdlet $PSCmdlet -Path $Path -Text $exported.Document
            return
        }
        $document = ConvertFrom-Json -InputObject $exported.Document
        $document.pstypenames.Insert(0, 'FaxBridge.Configuration')
        $PSCmdlet.WriteObject($document)
    }
}
