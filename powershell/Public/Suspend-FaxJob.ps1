function Suspend-FaxJob {
    <#
    .SYNOPSIS
    Pauses outgoing faxes in the fax queue.
    .DESCRIPTION
    Pauses each outgoing fax job given, so that the server does not send it until it is resumed
    with Resume-FaxJob. A job being sent pauses once it returns to the queue (after this attempt);
    until then it stays InProgress. Incoming faxes, jobs being cancelled and failed jobs cannot be
    paused.

    Takes jobs from Get-FaxJob through the pipeline, or any objects with Id and optionally
    ComputerName and Backend. -WhatIf and -Confirm name each job and its server. A job that is
    not in a state for the command gives an InvalidOperation error naming the job and its queue
    status, an unknown id an ObjectNotFound error, a missing fax right a PermissionDenied error;
    the other jobs are still processed. Changing jobs needs the fax right to manage jobs.
    .PARAMETER Id
    The job ids; bound from the Id property of piped objects.
    .PARAMETER ComputerName
    The fax servers; the local server when omitted.
    .PARAMETER Backend
    How the server is reached: WinFax (winfax.dll) or ComEx (FaxComEx). When omitted, the one
    that can reach the server; see BACKENDS in about_FaxBridge for the rule and its refusals.
    Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .PARAMETER PassThru
    Writes each job as re-read from the server after the change.
    .EXAMPLE
    Suspend-FaxJob -Id 1001 -PassThru
    Pauses job 1001 of the local server and shows it as it now is.
    .EXAMPLE
    Get-FaxJob -UserName 'CONTOSO\agarcia' -QueueStatus Pending | Suspend-FaxJob
    Holds every fax that agarcia has waiting to go out.
    .INPUTS
    FaxBridge.Job, or any object with Id and optionally ComputerName and Backend.
    .OUTPUTS
    FaxBridge.Job, with -PassThru
    .LINK
    Get-FaxJob
    .LINK
    about_FaxBridge
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    [OutputType('FaxBridge.Job')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)]
        [ValidateRange(1L, 4294967295L)]
        [uint32[]] $Id,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend,

        [switch] $PassThru
    )

    process {
        Invoke-FaxJobCommand -Cmdlet $PSCmdlet -Method 'job.pause' -Action 'Pause' -Id $Id -ComputerName $ComputerName -Backend $Backend -PassThru:$PassThru
    }
}
