function Import-FaxConfiguration {
    <#
    .SYNOPSIS
    Brings fax servers in line with a configuration document, changing only what differs.
    .DESCRIPTION
    Compares each server with the document (as Compare-FaxConfiguration does), asks ShouldProcess
    for each change, one at a time ("Set rings 2 -> 4 on 'USRobotics 56K Voice' of FAXSRV02"), and
    then makes the changes approved: -WhatIf lists them and changes nothing; -Confirm asks for
    each. Ports the document does not mention are left alone. Priorities are set in an order that
    leaves the ports in the document's order although the service renumbers the others on each
    change.

    The document is checked before any server is read or written (errors name each problem's JSON
    path and line). Servers are read and changed in parallel, at most -ThrottleLimit at once; a
    server that cannot be reached is a non-terminating error and never stops the others. A port
    the document names that a server lacks is a non-terminating ObjectNotFound error for that
    port, and the rest is applied. The Fax Service has no transactions: when a change fails, that
    server's later changes are not made, and the error and -PassThru say which were applied and
    which were not; running the import again completes it. An import of a document the servers
    are already in line with makes no change (with -Verbose it says so per server), so it can run
    on a schedule.
    .PARAMETER Path
    The configuration document (JSON), as Export-FaxConfiguration writes it or as edited.
    .PARAMETER InputObject
    The document as an object (from Export-FaxConfiguration, ConvertFrom-Json, or remoting) or
    as JSON text.
    .PARAMETER ComputerName
    For a template, the servers to apply it to (required); for a document that names its servers,
    only these of them (all by default).
    .PARAMETER ThrottleLimit
    How many servers are read and changed at once (default 8).
    .PARAMETER PassThru
    Writes one FaxBridge.ConfigurationChange per change made or attempted: its server, port,
    description and Status (Applied, Failed, or NotRun after an earlier failure on that server).
    .PARAMETER Backend
    How the servers are reached: WinFax (winfax.dll) or ComEx (FaxComEx). When omitted, the one
    that can reach each server; see BACKENDS in about_FaxBridge.
    .EXAMPLE
    Import-FaxConfiguration -Path fleet.json -WhatIf
    Lists each change that would bring the servers in fleet.json in line, and makes none.
    .EXAMPLE
    Import-FaxConfiguration -Path fleet.json -Confirm:$false -PassThru
    Makes every change the servers need, and writes what was done.
    .EXAMPLE
    Import-FaxConfiguration -Path fleet.json -ComputerName FAXSRV02 -Confirm:$false -PassThru
    Brings only FAXSRV02 in line with fleet.json.
    .INPUTS
    A configuration document: FaxBridge.Configuration, an object from ConvertFrom-Json, or JSON text.
    .OUTPUTS
    FaxBridge.ConfigurationChange, with -PassThru
    .LINK
    Compare-FaxConfiguration
    .LINK
    Export-FaxConfiguration
    .LINK
    about_FaxBridge
    #>
    [CmdletBinding(DefaultParameterSetName = 'Path', SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    [OutputType('FaxBridge.ConfigurationChange')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ParameterSetName = 'Path')]
        [ValidateNotNullOrEmpty()]
        [string] $Path,

        [Parameter(Mandatory = $true, ValueFromPipeline = $true, ParameterSetName = 'InputObject')]
        [ValidateNotNull()]
        [object] $InputObject,

        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName,

        [ValidateRange(1, 1024)]
        [int] $ThrottleLimit = 8,

        [switch] $PassThru,

        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    process {
        $request = Get-FaxConfigurationRequest -Cmdlet $PSCmdlet -Path $Path -InputObject $InputObject -ComputerName $ComputerName -Backend $Backend
        $request.ThrottleLimit = $ThrottleLimit
        $source = if ($Path) { $Path } else { 'the document' }
        $compared = Invoke-FaxOperation -Method 'configuration.compare' -Params @($request) -Cmdlet $PSCmdlet -Collect -ProgressActivity "Comparing each server with $source"
        if ($null -eq $compared) { return }

        $approved = New-Object System.Collections.ArrayList
        $servers = New-Object System.Collections.ArrayList
        foreach ($report in @($compared.Servers)) {
            $server = [string]$report.ComputerName
            $null = Write-FaxConfigurationReportError -Cmdlet $PSCmdlet -Report $report -Source $source -MissingPorts
            if ($null -ne $report.Error) { continue }
            $writes = @($report.Writes)
            if ($writes.Count -eq 0) {
                if (@($report.Problems).Count -eq 0) { Write-Verbose "$server is in line with $source; no change made." }
                continue
            }
            $before = $approved.Count
            foreach ($write in $writes) {
                # What if: Set rings 2 -> 4 on 'USRobotics 56K Voice' of FAXSRV02 (the sidecar words it).
                if (Confirm-FaxChange -Cmdlet $PSCmdlet -Target $server -Action ([string]$write.Description) -Sentence ([string]$write.Description) -TargetObject $server) {
                    $null = $approved.Add(@{ ComputerName = $server; Id = [string]$write.Id })
                }
            }
            if ($approved.Count -gt $before) { $null = $servers.Add($server) }
        }
        if ($approved.Count -eq 0) { return }

        # Each server is read and planned again, and only the approved writes are made: one that
        # another import has made meanwhile is not planned again.
        $request.ComputerName = @($servers)
        $request.Approved = @($approved)
        $imported = Invoke-FaxOperation -Method 'configuration.import' -Params @($request) -Cmdlet $PSCmdlet -Collect -ProgressActivity "Importing $source"
        if ($null -eq $imported) { return }
        foreach ($report in @($imported.Servers)) {
            $server = [string]$report.ComputerName
            $null = Write-FaxConfigurationReportError -Cmdlet $PSCmdlet -Report $report -Source $source
            $notRun = 0
            $applied = 0
            foreach ($result in @($report.Results)) {
                if ($result.Status -eq 'Declined') { continue }
                if ($result.Status -eq 'Applied') { $applied++ }
                if ($result.Status -eq 'NotRun') { $notRun++ }
                if ($result.Status -eq 'Failed') {
                    $target = if ($result.Port) { [string]$result.Port } else { $server }
                    $message = "$($result.Description) failed: $($result.Error.Message)"
                    $PSCmdlet.WriteError((New-FaxErrorRecord -ErrorObject ([pscustomobject]@{ message = $message; data = $result.Error }) -Target $target))
                }
                if ($PassThru) { $PSCmdlet.WriteObject((ConvertTo-FaxConfigurationChange -Server $server -Result $result)) }
            }
            if ($notRun -gt 0) { $PSCmdlet.WriteWarning("$notRun change(s) on $server were not made after the failure; run Import-FaxConfiguration again to complete them.") }
            Write-Verbose "${server}: $applied change(s) applied."
        }
    }
}
