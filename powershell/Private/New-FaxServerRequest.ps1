function New-FaxServerRequest {
    <#
    .SYNOPSIS
    The request parameters naming one server and, when the caller chose one, the backend.
    #>
    param([string] $ComputerName, [string] $Backend)
    $request = @{}
    if ($ComputerName) { $request.server = $ComputerName }
    # The sidecar's names are lower case; without one it picks the platform's default.
    if ($Backend) { $request.backend = $Backend.ToLowerInvariant() }
    $request
}
