function Get-FaxErrorTarget {
    <#
    .SYNOPSIS
    The target of an error about one request: the port (its device id, else its name), else the
    server ('localhost' for the local one); for a configuration document, its file.
    #>
    param([hashtable] $Params)
    # A configuration document's problems concern the document, named by its file.
    if ($Params.ContainsKey('path')) { return [string]$Params['path'] }
    if ($Params.ContainsKey('deviceId')) { return [uint32]$Params['deviceId'] }
    if ($Params.ContainsKey('name')) { return [string]$Params['name'] }
    if ($Params['server']) { return [string]$Params['server'] }
    'localhost'
}
