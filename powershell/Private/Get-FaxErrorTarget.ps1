function Get-FaxErrorTarget {
    <#
    .SYNOPSIS
    The target of an error about one request: the port (its device id, else its name) or the
    job (its id), else the server ('localhost' for the local one).
    #>
    param([hashtable] $Params)
    if ($Params.ContainsKey('id')) { return [uint32]$Params['id'] }
    if ($Params.ContainsKey('deviceId')) { return [uint32]$Params['deviceId'] }
    if ($Params.ContainsKey('name')) { return [string]$Params['name'] }
    if ($Params['server']) { return [string]$Params['server'] }
    'localhost'
}
