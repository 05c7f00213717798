function ConvertFrom-FaxSidecarJson {
    <#
    .SYNOPSIS
    Parses one sidecar reply. The sidecar already uses PowerShell's property names (DeviceId,
    ComputerName …): the module asks for them in its handshake.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Json)
    ConvertFrom-Json -InputObject $Json
}
