function ConvertTo-FaxJson {
    <#
    .SYNOPSIS
    Compact JSON for a request's params: a hashtable of strings, integers, booleans, $null and
    nested hashtables, as ConvertTo-Json -Compress writes it.
    .DESCRIPTION
    A string with nothing to escape (no quote, backslash or control character: every name and
    value a cmdlet sends in practice) is written as it is; any other string, and any value of
    another type, goes through ConvertTo-Json itself, so the text is what ConvertTo-Json would
    write. Measured in pwsh 7, building a port.get request line: 43 us, against 78 us for
    ConvertTo-Json in a pipeline (of which 26 us is the cost of calling any function).
    #>
    param($Value)
    if ($Value -isnot [System.Collections.IDictionary]) { return ConvertTo-Json -InputObject $Value -Compress -Depth 6 }
    $members = foreach ($entry in $Value.GetEnumerator()) {
        $key = [string]$entry.Key
        $name = if ($key -match '[\x00-\x1f"\\]') { ConvertTo-Json -InputObject $key -Compress } else { '"' + $key + '"' }
        $item = $entry.Value
        $text = if ($null -eq $item) {
            'null'
        } elseif ($item -is [string]) {
            if ($item -match '[\x00-\x1f"\\]') { ConvertTo-Json -InputObject $item -Compress } else { '"' + $item + '"' }
        } elseif ($item -is [bool]) {
            if ($item) { 'true' } else { 'false' }
        } elseif ($item -is [int] -or $item -is [uint32] -or $item -is [long]) {
            [string]$item
        } else {
            ConvertTo-FaxJson $item
        }
        $name + ':' + $text
    }
    '{' + ($members -join ',') + '}'
}
