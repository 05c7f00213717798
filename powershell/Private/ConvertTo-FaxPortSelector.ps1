function ConvertTo-FaxPortSelector {
    <#
    .SYNOPSIS
    The request parameters naming ports on one server: one per device id, or one for the name.
    #>
    param([string] $ComputerName, [uint32[]] $DeviceId, [string] $Name, [string] $Backend)
    # Tested by count, not truth: device id 0 is a device id.
    if ($null -ne $DeviceId -and $DeviceId.Count -gt 0) {
        foreach ($id in $DeviceId) {
            $selector = New-FaxServerRequest -ComputerName $ComputerName -Backend $Backend
            $selector.DeviceId = $id
            $selector
        }
        return
    }
    $selector = New-FaxServerRequest -ComputerName $ComputerName -Backend $Backend
    $selector.Name = $Name
    $selector
}
