function ConvertTo-FaxPortSelector {
    <#
    .SYNOPSIS
    The request parameters that name one port on one server.
    #>
    param([string] $ComputerName, [Nullable[uint32]] $DeviceId, [string] $Name)
    $selector = @{}
    if ($ComputerName) { $selector.server = $ComputerName }
    if ($null -ne $DeviceId) { $selector.deviceId = $DeviceId } else { $selector.name = $Name }
    $selector
}
