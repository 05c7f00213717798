function New-FaxServerRequest {
    <#
    .SYNOPSIS
    The request parameters naming one server and, when the caller chose one, the backend, under
    the cmdlets' own names: the sidecar renames them (src/sidecar/naming.ts).
    #>
    param([string] $ComputerName, [string] $Backend)
    $request = @{}
    if ($ComputerName) { $request.ComputerName = $ComputerName }
    # Without one, the sidecar picks the platform's default.
    if ($Backend) { $request.Backend = $Backend }
    $request
}
