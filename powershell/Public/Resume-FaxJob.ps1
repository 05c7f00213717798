function Resume-FaxJob {
    <#
    .SYNOPSIS
    Resumes paused or failed outgoing faxes in the fax queue.
    .DESCRIPTION
    Resumes each outgoing fax job given: a paused job goes back to waiting its turn (a paused retry
    keeps its retry schedule), and a failed or retrying one is requeued for a fresh round of tries.
    A pending job, an incoming fax and a job being cancelled cannot be resumed.

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
    Resume-FaxJob -Id 1002 -PassThru
    Lets the paused job 1002 go out and shows it as it now is.
    .EXAMPLE
    Get-FaxJob -QueueStatus Paused | Resume-FaxJob -WhatIf
    Shows which paused jobs of the local server would be resumed, without resuming them.
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
        Invoke-FaxJobCommand -Cmdlet $PSCmdlet -Method 'job.resume' -Action 'Resume' -Id $Id -ComputerName $ComputerName -Backend $Backend -PassThru:$PassThru
    }
}
