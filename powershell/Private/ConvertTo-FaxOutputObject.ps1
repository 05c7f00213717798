# Which properties each output type converts, so that Windows PowerShell 5.1 and PowerShell 7
# write the same types: JSON numbers come out Int32 on 5.1 and Int64 on 7, while device ids bind
# as UInt32; ISO 8601 strings stay strings on 5.1 and become DateTime on 7.
$script:FaxOutputConversions = @{
    'FaxBridge.Port'             = @{ DeviceId = $true; Dates = @() }
    'FaxBridge.DeviceStatus'     = @{ DeviceId = $true; Dates = @('StartTime', 'SubmittedTime') }
    'FaxBridge.RoutingMethod'    = @{ DeviceId = $true; Dates = @() }
    'FaxBridge.ServerConnection' = @{ DeviceId = $false; Dates = @('ConnectedAt') }
    'FaxBridge.Job'              = @{ DeviceId = $false; Id = $true; Dates = @('ScheduleTime', 'SubmittedTime') }
}

function ConvertTo-FaxOutputObject {
    <#
    .SYNOPSIS
    Gives a reply's objects the types the module documents: DeviceId and a job's Id as UInt32, times as UTC
    DateTime. A FaxComEx port loses its Priority (FaxComEx has none; the 0 it carried would not
    bind to Set-FaxPort -Priority, which starts at 1).
    #>
    param($Item, [string] $TypeName)
    # Decided once per reply rather than per object: a 10,000-job listing repeats the loop below
    # 10,000 times.
    $conversion = $script:FaxOutputConversions[$TypeName]
    $convertDeviceId = $conversion.DeviceId
    # A job's Id binds to the job cmdlets' [uint32] -Id, as a port's DeviceId does.
    $convertId = $conversion.ContainsKey('Id')
    $dates = $conversion.Dates
    $isPort = $TypeName -eq 'FaxBridge.Port'
    foreach ($object in $Item) {
        if ($convertDeviceId) { $object.DeviceId = [uint32]$object.DeviceId }
        if ($convertId) { $object.Id = [uint32]$object.Id }
        foreach ($name in $dates) {
            $value = $object.$name
            if ($null -eq $value) { continue }
            if ($value -is [string]) {
                $object.$name = [datetime]::Parse($value, [System.Globalization.CultureInfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::RoundtripKind).ToUniversalTime()
            } elseif ($value -is [datetime]) {
                $object.$name = $value.ToUniversalTime()
            }
        }
        if ($isPort -and $object.Backend -eq 'ComEx') { $object.PSObject.Properties.Remove('Priority') }
    }
}
