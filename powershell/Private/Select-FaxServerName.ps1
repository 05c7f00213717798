function Select-FaxServerName {
    <#
    .SYNOPSIS
    The servers a cmdlet was given, each once: names differing only in case are one server (the
    first spelling is kept). '' is the local server, as when -ComputerName is omitted.
    #>
    param([string[]] $ComputerName)
    $seen = @{}   # PowerShell's hashtables compare keys without regard to case
    foreach ($server in $ComputerName) {
        if ($seen.ContainsKey($server)) { continue }
        $seen[$server] = $true
        $server
    }
}
