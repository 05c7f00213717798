# Checks behind [ValidateScript()] on cmdlet parameters, so that a value the core would refuse
# fails at binding, before -WhatIf can promise it. Each returns $true or throws what is wrong;
# PowerShell puts "Cannot validate argument on parameter 'X'." before the message.

function Test-FaxStationId {
    # As src/core/validate.ts checks TSID and CSID: printable 7-bit ASCII, space to ~ (the length,
    # at most 20, is [ValidateLength] beside it). -cmatch: with IgnoreCase, [ -~] would also
    # match the Kelvin sign, which folds to k.
    param([string] $Value)
    if ($Value -cmatch '^[ -~]*$') { return $true }
    $bad = ($Value.ToCharArray() | Where-Object { $_ -cnotmatch '[ -~]' } | Select-Object -First 1)
    throw ("'{0}' holds U+{1:X4}, which is not printable 7-bit ASCII: a station id holds at most 20 characters from space to ~." -f $Value, [int][char]$bad)
}

function Test-FaxTimeOfDay {
    # As src/core/validate.ts parses the discount period's times: H:MM or HH:MM, 00:00 to 23:59.
    param([string] $Value)
    if ($Value -cmatch '^([01]?[0-9]|2[0-3]):[0-5][0-9]$') { return $true }
    throw "'$Value' is not a time of day: give HH:MM, 24-hour, from 00:00 to 23:59."
}

function Test-FaxFolderPath {
    # As src/core/validate.ts checks the archive folder: no control character (U+0000 to
    # U+001F, U+007F), which Windows refuses in names and the fax service's state cannot keep.
    param([string] $Value)
    if ($Value -cnotmatch '[\x00-\x1F\x7F]') { return $true }
    $bad = ($Value.ToCharArray() | Where-Object { $_ -cmatch '[\x00-\x1F\x7F]' } | Select-Object -First 1)
    throw ("The folder path holds the control character U+{0:X4}, which a Windows folder path cannot hold." -f [int][char]$bad)
}

function Test-FaxRoutingGuid {
    # As src/core/routing-guid.ts reads a routing method's GUID: 32 hex digits in 8-4-4-4-12 groups, braces optional.
    param([string] $Value)
    if ($Value.Trim() -match '^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$') { return $true }
    throw "'$Value' is not a GUID: give one such as {92041a90-9af2-11d0-abf7-00c04fd91a4e}, as Get-FaxRoutingMethod shows it."
}
