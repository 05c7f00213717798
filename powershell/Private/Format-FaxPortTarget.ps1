function Format-FaxPortTarget {
    <#
    .SYNOPSIS
    How -WhatIf and -Confirm name a port: "port 'USRobotics 56K Voice' (65538) of localhost".
    #>
    param($Port)
    "port '$($Port.Name)' ($($Port.DeviceId)) of $($Port.ComputerName)"
}
