function ConvertFrom-FaxSidecarJson {
    <#
    .SYNOPSIS
    Parses one sidecar reply. The sidecar already uses PowerShell's property names (DeviceId,
    ComputerName …): the module asks for them in its handshake.
    .DESCRIPTION
    Calls the parser behind ConvertFrom-Json (JsonObject.ConvertFromJson, public in Windows
    PowerShell 5.1 and PowerShell 7) without the cmdlet around it. Text it cannot parse goes to
    ConvertFrom-Json itself, so the error is the cmdlet's.
    #>
    param([string] $Json)
    $problem = $null
    try {
        $parsed = [Microsoft.PowerShell.Commands.JsonObject]::ConvertFromJson($Json, [ref]$problem)
    } catch {
        $problem = $_
    }
    if ($null -eq $problem) { return $parsed }
    ConvertFrom-Json -InputObject $Json
}
