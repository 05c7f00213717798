function Write-FaxNotConnectedError {
    # Disconnect-FaxServer's error for a server it holds no connection to.
    param([System.Management.Automation.PSCmdlet] $Cmdlet, [string] $Server, [string] $Backend)
    $through = if ($Backend) { " through $Backend" } else { '' }
    $exception = New-Object System.Management.Automation.ItemNotFoundException("This session holds no connection to fax server '$Server'$through; Get-FaxServerConnection lists those it holds.")
    $Cmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.NotConnected', 'ObjectNotFound', $Server)))
}
