function Write-FaxConfigurationReportError {
    <#
    .SYNOPSIS
    The non-terminating errors of one server's configuration report: the server could not be
    read (its own category: ConnectionError, PermissionDenied ...), values it refuses (InvalidData;
    nothing is written to it), and with -MissingPorts each port it lacks (ObjectNotFound, the port
    as target). Returns $true when it wrote any.
    #>
    param(
        [System.Management.Automation.PSCmdlet] $Cmdlet,
        $Report,
        [string] $Source,
        [switch] $MissingPorts
    )
    $wrote = $false
    $server = [string]$Report.ComputerName
    if ($null -ne $Report.Error) {
        $Cmdlet.WriteError((New-FaxErrorRecord -ErrorObject ([pscustomobject]@{ message = [string]$Report.Error.Message; data = $Report.Error }) -Target $server))
        $wrote = $true
    }
    foreach ($problem in @($Report.Problems)) {
        $exception = New-Object System.IO.InvalidDataException("$Source $($problem.Path): $($problem.Message); nothing is written to $server.")
        $Cmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.ConfigurationRefused', 'InvalidData', $server)))
        $wrote = $true
    }
    if ($MissingPorts) {
        foreach ($missing in @($Report.MissingPorts)) {
            $exception = New-Object System.Management.Automation.ItemNotFoundException("$server has no port '$($missing.Port)' ($Source $($missing.Path)); the rest of the document is applied.")
            $Cmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.PortNotFound', 'ObjectNotFound', [string]$missing.Port)))
            $wrote = $true
        }
    }
    $wrote
}
