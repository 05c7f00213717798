function Restart-FaxJob {
    <#
    .SYNOPSIS
    Sends failed or retrying outgoing faxes again.
    .DESCRIPTION
    Requeues each outgoing fax job given for a fresh round of tries, sent as soon as a line is
    free: a job that exceeded its retries, failed, or is waiting out its retry delay.

    Through the WinFax backend, restart is the same request as Resume-FaxJob: winfax.h defines
    JC_RESTART as JC_RESUME, so the legacy API cannot tell them apart (a paused job is resumed).
    Through the ComEx backend it is FaxComEx's own FaxOutgoingJob.Restart, distinct from Resume:
    it sends a failed job again with a fresh round of tries, while Resume only lifts a pause.

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
    Get-FaxJob | Where-Object QueueStatus -contains 'Retrying' | Restart-FaxJob
    Sends every fax that is waiting for its next try again now.
    .EXAMPLE
    Restart-FaxJob -Id 1004 -PassThru
    Requeues job 1004, which exceeded its retries, and shows it as it now is.
    .EXAMPLE
    Get-FaxJob -Backend ComEx | Where-Object AvailableOperations -contains 'Restart' | Restart-FaxJob
    Through FaxComEx, sends again every job whose state allows a restart (a failed one).
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
        Invoke-FaxJobCommand -Cmdlet $PSCmdlet -Method 'job.restart' -Action 'Restart' -Id $Id -ComputerName $ComputerName -Backend $Backend -PassThru:$PassThru
    }
}
