function New-FaxServerConnection {
    # The object Connect-FaxServer and Get-FaxServerConnection write.
    param([string] $ComputerName, $ConnectedAt)
    $when = if ($ConnectedAt) { [DateTime]$ConnectedAt } else { Get-Date }
    [pscustomobject]@{ PSTypeName = 'FaxBridge.ServerConnection'; ComputerName = $ComputerName; Connected = $true; ConnectedAt = $when }
}
