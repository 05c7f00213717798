function ConvertTo-FaxPortSelector {
    <#
    .SYNOPSIS
    The request parameters naming ports on one server: one per device id, or one for the name.
    #>
    param([string] $ComputerName, [uint32[]] $DeviceId, [string] $Name, [string] $Backend)
    # Tested by count, not truth: device id 0 is a device id.
    $ids = if ($null -ne $DeviceId -and $DeviceId.Count -gt 0) { $DeviceId } else { , $null }
    foreach ($id in $ids) {
        $selector = New-FaxServerRequest -ComputerName $ComputerName -Backend $Backend
        if ($null -ne $id) { $selector.deviceId = $id } else { $selector.name = $Name }
        $selector
    }
}
