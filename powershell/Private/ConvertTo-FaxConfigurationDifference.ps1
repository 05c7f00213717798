function ConvertTo-FaxConfigurationDifference {
    <#
    .SYNOPSIS
    A difference from the sidecar as a FaxBridge.ConfigurationDifference: the same properties on
    every one (Guid is $null but for routing methods), in the order the list view shows them.
    #>
    param($Difference)
    $guid = if ($Difference.PSObject.Properties['Guid']) { $Difference.Guid } else { $null }
    $object = [pscustomobject]@{
        ComputerName = [string]$Difference.ComputerName
        Scope        = [string]$Difference.Scope
        Port         = $Difference.Port
        Property     = [string]$Difference.Property
        Expected     = $Difference.Expected
        Actual       = $Difference.Actual
        DeviceId     = if ($null -ne $Difference.DeviceId) { [uint32]$Difference.DeviceId } else { $null }
        Guid         = $guid
        Path         = [string]$Difference.Path
    }
    $object.pstypenames.Insert(0, 'FaxBridge.ConfigurationDifference')
    $object
}
