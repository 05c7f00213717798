function Set-FaxServerConfiguration {
    <#
    .SYNOPSIS
    Changes the configuration of a fax server.
    .DESCRIPTION
    Changes only the settings given. Times of day are written as HH:MM (24-hour).
    .PARAMETER ComputerName
    The fax server; the local server when omitted.
    .PARAMETER Retries
    How often a failed transmission is retried.
    .PARAMETER RetryDelay
    Minutes between retries.
    .PARAMETER DirtyDays
    Days a failed job stays in the queue.
    .PARAMETER Branding
    Whether a banner is printed on the top of each sent page.
    .PARAMETER UseDeviceTsid
    Whether the device's TSID is sent.
    .PARAMETER ServerCp
    Whether only server cover pages may be used.
    .PARAMETER PauseServerQueue
    Whether the outgoing queue is paused.
    .PARAMETER StartCheapTime
    Start of the discount rate period, HH:MM.
    .PARAMETER StopCheapTime
    End of the discount rate period, HH:MM.
    .PARAMETER ArchiveOutgoingFaxes
    Whether sent faxes are archived.
    .PARAMETER ArchiveDirectory
    The archive folder.
    .PARAMETER PassThru
    Writes the configuration as re-read after the change.
    .PARAMETER Backend
    How the server is reached: WinFax, the Fax Client API (winfax.dll; off Windows, the FaxBridge
    simulator), or ComEx, the Fax Extended COM API (Windows only). When omitted: ComEx for a
    remote -ComputerName on Windows, since winfax.dll reaches only the local server; WinFax
    otherwise. Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Set-FaxServerConfiguration -Retries 5 -RetryDelay 15 -PassThru
    Retries failed faxes five times, fifteen minutes apart, and shows the new configuration.
    .EXAMPLE
    Set-FaxServerConfiguration -ComputerName FAXSRV02 -StartCheapTime 21:00 -StopCheapTime 06:30 -WhatIf
    Shows what would change on FAXSRV02 without changing it.
    .OUTPUTS
    FaxBridge.ServerConfiguration, with -PassThru
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    [OutputType('FaxBridge.ServerConfiguration')]
    param(
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [string] $ComputerName,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend,

        [int] $Retries,
        [int] $RetryDelay,
        [int] $DirtyDays,
        [bool] $Branding,
        [bool] $UseDeviceTsid,
        [bool] $ServerCp,
        [bool] $PauseServerQueue,
        [string] $StartCheapTime,
        [string] $StopCheapTime,
        [bool] $ArchiveOutgoingFaxes,
        [string] $ArchiveDirectory,
        [switch] $PassThru
    )

    process {
        $server = if ($ComputerName) { $ComputerName } else { 'localhost' }
        $change = Get-FaxRequestedChange -Cmdlet $PSCmdlet -Bound $PSBoundParameters -Target $server -Settings 'Retries', 'RetryDelay',
            'DirtyDays', 'Branding', 'UseDeviceTsid', 'ServerCp', 'PauseServerQueue', 'StartCheapTime', 'StopCheapTime', 'ArchiveOutgoingFaxes', 'ArchiveDirectory'
        if ($null -eq $change) { return }
        $description = ($change.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ', '
        if (-not $PSCmdlet.ShouldProcess("fax server $server", "Set $description")) { return }
        $request = New-FaxServerRequest -ComputerName $ComputerName -Backend $Backend
        $request.change = $change
        Invoke-FaxOperation -Method 'config.set' -Params @($request) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.ServerConfiguration' -Discard:(-not $PassThru)
    }
}
