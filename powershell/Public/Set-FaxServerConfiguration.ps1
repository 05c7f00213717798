function Set-FaxServerConfiguration {
    <#
    .SYNOPSIS
    Changes the configuration of a fax server.
    .DESCRIPTION
    Changes only the settings given, on each server named. Values are checked when the
    parameters are bound, before any server is touched, as the fax service accepts them:
    retries 0 to 99 (as FaxComEx documents them), retry delay and dirty days 0 to 4294967295,
    times of day as HH:MM (24-hour, 00:00 to 23:59), an archive folder without control
    characters. Only -ComputerName is positional.
    .PARAMETER ComputerName
    The fax servers; the local server when omitted.
    .PARAMETER Retries
    How often a failed transmission is retried, 0 to 99.
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
    How the server is reached: WinFax (winfax.dll) or ComEx (FaxComEx). When omitted, the one
    that can reach the server; see BACKENDS in about_FaxBridge for the rule and its refusals.
    Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Set-FaxServerConfiguration -Retries 5 -RetryDelay 15 -PassThru
    Retries failed faxes five times, fifteen minutes apart, and shows the new configuration.
    .EXAMPLE
    Set-FaxServerConfiguration -ComputerName FAXSRV02 -StartCheapTime 21:00 -StopCheapTime 06:30 -WhatIf
    Shows what would change on FAXSRV02 without changing it.
    .INPUTS
    Objects with ComputerName (and optionally Backend), such as FaxBridge.ServerConnection.
    .OUTPUTS
    FaxBridge.ServerConfiguration, with -PassThru
    .LINK
    Get-FaxServerConfiguration
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    [OutputType('FaxBridge.ServerConfiguration')]
    param(
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend,

        [ValidateRange(0, 99)]
        [uint32] $Retries,

        # Both bounds Int64 (L): the bounds of a range share one type, whatever 5.1 does with mixed ones.
        [ValidateRange(0L, 4294967295L)]
        [uint32] $RetryDelay,

        [ValidateRange(0L, 4294967295L)]
        [uint32] $DirtyDays,

        [bool] $Branding,
        [bool] $UseDeviceTsid,
        [bool] $ServerCp,
        [bool] $PauseServerQueue,

        [ValidateScript({ Test-FaxTimeOfDay $_ })]
        [string] $StartCheapTime,

        [ValidateScript({ Test-FaxTimeOfDay $_ })]
        [string] $StopCheapTime,

        [bool] $ArchiveOutgoingFaxes,

        [ValidateScript({ Test-FaxFolderPath $_ })]
        [string] $ArchiveDirectory,
        [switch] $PassThru
    )

    process {
        $servers = @(Select-FaxServerName $ComputerName)
        $target = if ($servers[0]) { $servers[0] } else { 'localhost' }
        $change = Get-FaxRequestedChange -Cmdlet $PSCmdlet -Given (@{} + $PSBoundParameters) -Target $target -Settings 'Retries', 'RetryDelay',
            'DirtyDays', 'Branding', 'UseDeviceTsid', 'ServerCp', 'PauseServerQueue', 'StartCheapTime', 'StopCheapTime', 'ArchiveOutgoingFaxes', 'ArchiveDirectory'
        if ($null -eq $change) { return }
        $description = ($change.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name)=$($_.Value)" }) -join ', '
        $requests = foreach ($server in $servers) {
            $label = if ($server) { $server } else { 'localhost' }
            if (-not (Confirm-FaxChange -Cmdlet $PSCmdlet -Target "fax server $label" -Action "Set $description" -TargetObject $label)) { continue }
            $request = New-FaxServerRequest -ComputerName $server -Backend $Backend
            $request.Change = $change
            $request
        }
        if (-not $requests) { return }
        Invoke-FaxOperation -Method 'config.set' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.ServerConfiguration' -Discard:(-not $PassThru)
    }
}
