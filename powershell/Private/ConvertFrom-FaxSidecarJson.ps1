function ConvertFrom-FaxSidecarJson {
    <#
    .SYNOPSIS
    Parses one sidecar reply with PowerShell's property names (DeviceId, ComputerName …).
    .DESCRIPTION
    The protocol speaks camelCase; renaming the keys in the text before parsing costs one pass
    per name over the line, far less than rebuilding thousands of objects afterwards. A key is
    always a quote, the name, a quote and a colon: inside a JSON string value the quotes would
    be escaped, so values are never touched.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)] [string] $Json)

    foreach ($pair in $script:FaxPropertyNames) {
        $Json = $Json.Replace($pair[0], $pair[1])
    }
    ConvertFrom-Json -InputObject $Json
}

$script:FaxPropertyNames = @(
    'server:ComputerName', 'deviceId', 'name', 'state', 'stateCode', 'sendEnabled', 'receiveEnabled', 'virtual', 'rings',
    'priority', 'tsid', 'csid', 'deviceName', 'status', 'statusCode', 'statusString', 'jobType', 'callerId', 'currentPage',
    'totalPages', 'size', 'documentName', 'phoneNumber', 'routingString', 'senderName', 'recipientName', 'userName',
    'startTime', 'submittedTime', 'guid', 'friendlyName', 'functionName', 'extensionImageName', 'extensionFriendlyName',
    'enabled', 'retries', 'retryDelay', 'dirtyDays', 'branding', 'useDeviceTsid', 'serverCp', 'pauseServerQueue',
    'startCheapTime', 'stopCheapTime', 'archiveOutgoingFaxes', 'archiveDirectory', 'connectedAt', 'connected', 'disconnected'
) | ForEach-Object {
    $parts = $_.Split(':')
    $to = if ($parts.Count -gt 1) { $parts[1] } else { $parts[0].Substring(0, 1).ToUpperInvariant() + $parts[0].Substring(1) }
    , @(('"' + $parts[0] + '":'), ('"' + $to + '":'))
}
