function Remove-FaxJob {
    <#
    .SYNOPSIS
    Cancels fax jobs and removes them from the fax queue.
    .DESCRIPTION
    Cancels each fax job given, outgoing or incoming, queued or active. A queued job leaves the
    queue at once; a job a device is handling is marked Deleting while the device hangs up, and
    leaves the queue then. A cancelled fax cannot be brought back, so Remove-FaxJob asks for
    confirmation of each job unless -Confirm:$false is given.

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
    Writes each job as re-read from the server after the change; a job that has left the queue
    writes nothing.
    .EXAMPLE
    Get-FaxJob -QueueStatus RetriesExceeded | Remove-FaxJob -WhatIf
    Shows which failed faxes would be cancelled, without cancelling them.
    .EXAMPLE
    Remove-FaxJob -Id 1004 -Confirm:$false
    Cancels job 1004 without asking.
    .EXAMPLE
    Remove-FaxJob -Id 1005 -Confirm:$false -PassThru
    Cancels job 1005, which is being routed, and shows it marked Deleting until its device lets go.
    .INPUTS
    FaxBridge.Job, or any object with Id and optionally ComputerName and Backend.
    .OUTPUTS
    FaxBridge.Job, with -PassThru
    .LINK
    Get-FaxJob
    .LINK
    about_FaxBridge
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', PositionalBinding = $false)]
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
        Invoke-FaxJobCommand -Cmdlet $PSCmdlet -Method 'job.cancel' -Action 'Cancel and remove from the queue' -Id $Id -ComputerName $ComputerName -Backend $Backend -PassThru:$PassThru
    }
}
