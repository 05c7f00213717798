function Compare-FaxConfiguration {
    <#
    .SYNOPSIS
    Compares fax servers with a configuration document and writes each difference.
    .DESCRIPTION
    Reads each server the document describes (or, for a template, each server given with
    -ComputerName) and writes one FaxBridge.ConfigurationDifference per setting that is not as
    the document says: ComputerName, Scope (Server, Port or Routing), Port, Property, Expected
    and Actual, with the document entry's JSON path. A port the document names that the server
    lacks is a difference whose Property is Present (Expected True, Actual False). Nothing is
    written when the servers are in line. Nothing is changed either; Import-FaxConfiguration
    changes what differs.

    The document is checked against its schema and the core's rules before any server is read;
    a document that is not valid is an InvalidData error that names every problem's JSON path
    and line. Values only a server can refuse (a TSID too long once {DeviceName} is in it, a
    routing method the server lacks) are InvalidData errors for that server. A server that
    cannot be reached is a non-terminating error; the others are compared regardless, several
    at once.
    .PARAMETER Path
    The configuration document (JSON), as Export-FaxConfiguration writes it or as edited.
    .PARAMETER InputObject
    The document as an object (from Export-FaxConfiguration, ConvertFrom-Json, or remoting) or
    as JSON text.
    .PARAMETER ComputerName
    For a template, the servers to compare with it (required); for a document that names its
    servers, only these of them (all by default).
    .PARAMETER Quiet
    Writes $true when every server is in line and $false otherwise (a difference, a missing
    port, a refused value, or a server that could not be read), instead of the differences:
    for monitoring scripts.
    .PARAMETER Backend
    How the servers are reached: WinFax (winfax.dll) or ComEx (FaxComEx). When omitted, the one
    that can reach each server; see BACKENDS in about_FaxBridge.
    .EXAMPLE
    Compare-FaxConfiguration -Path fleet.json
    Lists every setting of the servers in fleet.json that differs from the file.
    .EXAMPLE
    if (-not (Compare-FaxConfiguration -Path fleet.json -Quiet)) { 'The fax servers have drifted from fleet.json' }
    A monitoring check: says so when any server differs from the document.
    .EXAMPLE
    Get-Content fleet.json -Raw | Compare-FaxConfiguration -ComputerName FAXSRV02 | Format-Table Port, Property, Expected, Actual
    Compares only FAXSRV02 with the document, given as JSON text.
    .INPUTS
    A configuration document: FaxBridge.Configuration, an object from ConvertFrom-Json, or JSON text.
    .OUTPUTS
    FaxBridge.ConfigurationDifference; System.Boolean with -Quiet
    .LINK
    Export-FaxConfiguration
    .LINK
    Import-FaxConfiguration
    .LINK
    about_FaxBridge
    #>
    [CmdletBinding(DefaultParameterSetName = 'Path', PositionalBinding = $false)]
    [OutputType('FaxBridge.ConfigurationDifference', [bool])]
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

        [switch] $Quiet,

        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    process {
        $request = Get-FaxConfigurationRequest -Cmdlet $PSCmdlet -Path $Path -InputObject $InputObject -ComputerName $ComputerName -Backend $Backend
        $source = if ($Path) { $Path } else { 'the document' }
        $compared = Invoke-FaxOperation -Method 'configuration.compare' -Params @($request) -Cmdlet $PSCmdlet -Collect -ProgressActivity "Comparing each server with $source"
        $inLine = $null -ne $compared
        foreach ($report in @(if ($compared) { $compared.Servers })) {
            if (Write-FaxConfigurationReportError -Cmdlet $PSCmdlet -Report $report -Source $source) { $inLine = $false }
            if (-not $report.InLine) { $inLine = $false }
            if ($Quiet) { continue }
            foreach ($difference in @($report.Differences)) { $PSCmdlet.WriteObject((ConvertTo-FaxConfigurationDifference $difference)) }
            foreach ($missing in @($report.MissingPorts)) {
                $PSCmdlet.WriteObject((ConvertTo-FaxConfigurationDifference ([pscustomobject]@{
                                ComputerName = $missing.ComputerName; Scope = 'Port'; Port = $missing.Port; DeviceId = $null
                                Property = 'Present'; Expected = $true; Actual = $false; Path = $missing.Path
                            })))
            }
        }
        if ($Quiet) { $PSCmdlet.WriteObject($inLine) }
    }
}
