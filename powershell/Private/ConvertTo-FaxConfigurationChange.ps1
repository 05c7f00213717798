function ConvertTo-FaxConfigurationChange {
    <#
    .SYNOPSIS
    One write of an import as a FaxBridge.ConfigurationChange: what it changed, where, and whether
    it was made.
    #>
    param([string] $Server, $Result)
    $object = [pscustomobject]@{
        ComputerName = $Server
        Port         = $Result.Port
        Status       = [string]$Result.Status
        Description  = [string]$Result.Description
        Changes      = @($Result.Changes)
        Reason       = if ($Result.Status -eq 'Failed') { [string]$Result.Error.Message } else { $Result.Reason }
    }
    $object.pstypenames.Insert(0, 'FaxBridge.ConfigurationChange')
    $object
}
