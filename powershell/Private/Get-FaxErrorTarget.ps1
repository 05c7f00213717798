function Get-FaxErrorTarget {
    <#
    .SYNOPSIS
    The target of an error about one request: the port (its device id, else its name) or the
    job (its id), else the server ('localhost' for the local one); for a configuration document,
    its file.
    #>
    param([hashtable] $Params)
    # A configuration document's problems concern the document, named by its file.
    if ($Params.ContainsKey('Path')) { return [string]$Params['Path'] }
    if ($Params.ContainsKey('Id')) { return [uint32]$Params['Id'] }
    if ($Params.ContainsKey('DeviceId')) { return [uint32]$Params['DeviceId'] }
    if ($Params.ContainsKey('Name')) { return [string]$Params['Name'] }
    if ($Params['ComputerName']) { return [string]$Params['ComputerName'] }
    'localhost'
}
