function Get-FaxJob {
    <#
    .SYNOPSIS
    Gets the jobs in the fax queue of one or more fax servers.
    .DESCRIPTION
    Lists the jobs waiting in, or being handled by, the fax server's queue: outgoing faxes (Send),
    incoming ones (Receive, FailReceive) and faxes being routed (Routing). Each job's QueueStatus
    is a list of names: Pending when nothing else applies, or InProgress, Paused, Retrying,
    RetriesExceeded, NoLine, Failed, Deleting (a paused retry is both Paused and Retrying), so
    filter with -contains, as in Where-Object QueueStatus -contains 'Retrying'.

    With several -ComputerName values, each server's jobs are written as soon as that server
    answers; an unreachable server gives a non-terminating error and the others still return.
    Job ids are the queue's own: a job keeps its id while it is queued, and leaves the queue (and
    its id) once it has been sent, received or cancelled.

    Through the WinFax backend a job names no device and no submission time (the legacy API's
    FAX_JOB_ENTRYW has neither), so Device and Submitted are empty and -DeviceName matches only
    jobs that name their device. Through ComEx, jobs name both, and also carry AvailableOperations
    (what FaxComEx says the job's state allows: Pause, Resume, Restart, Delete ...; WinFax jobs
    leave it out) and ComExId (FaxComEx's 64-bit job id, whose low 32 bits are Id). Reading the
    queue needs the fax right to query jobs.
    .PARAMETER Id
    Job ids to get; bound from the Id property of piped objects.
    .PARAMETER Type
    Only jobs of these types: Send, Receive, Routing, FailReceive.
    .PARAMETER QueueStatus
    Only jobs that have at least one of these queue status names.
    .PARAMETER UserName
    Only jobs submitted by these users (DOMAIN\user); wildcards are allowed.
    .PARAMETER DeviceName
    Only jobs handled by these devices; wildcards are allowed. See DESCRIPTION for the WinFax
    backend, whose jobs name no device.
    .PARAMETER ComputerName
    Fax servers to ask; the local server when omitted.
    .PARAMETER Backend
    How the server is reached: WinFax (winfax.dll) or ComEx (FaxComEx). When omitted, the one
    that can reach the server; see BACKENDS in about_FaxBridge for the rule and its refusals.
    Objects written by FaxBridge carry their Backend, so piping them keeps it.
    .EXAMPLE
    Get-FaxJob
    Lists every job in the local fax server's queue.
    .EXAMPLE
    Get-FaxJob -Type Send -QueueStatus Retrying, RetriesExceeded -ComputerName localhost, FAXSRV02
    Lists the outgoing faxes of two servers that failed to go out at least once.
    .EXAMPLE
    Get-FaxJob -UserName 'CONTOSO\j*' | Format-List Id, QueueStatus, RecipientNumber, DocumentName
    Shows the faxes that users whose names start with j have queued.
    .EXAMPLE
    Get-FaxJob -Id 1002 | Format-List *
    Shows every property of job 1002.
    .INPUTS
    Objects with Id (and optionally ComputerName and Backend), such as FaxBridge.Job.
    .OUTPUTS
    FaxBridge.Job
    .LINK
    Suspend-FaxJob
    .LINK
    Resume-FaxJob
    .LINK
    Restart-FaxJob
    .LINK
    Remove-FaxJob
    .LINK
    about_FaxBridge
    #>
    [CmdletBinding(DefaultParameterSetName = 'All', PositionalBinding = $false)]
    [OutputType('FaxBridge.Job')]
    param(
        [Parameter(ParameterSetName = 'ById', Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)]
        [ValidateRange(1L, 4294967295L)]
        [uint32[]] $Id,

        [Parameter(ParameterSetName = 'All')]
        [ValidateSet('Send', 'Receive', 'Routing', 'FailReceive')]
        [string[]] $Type,

        [Parameter(ParameterSetName = 'All')]
        [ValidateSet('Pending', 'InProgress', 'Paused', 'Retrying', 'RetriesExceeded', 'NoLine', 'Failed', 'Deleting')]
        [string[]] $QueueStatus,

        [Parameter(ParameterSetName = 'All')]
        [SupportsWildcards()]
        [ValidateNotNullOrEmpty()]
        [string[]] $UserName,

        [Parameter(ParameterSetName = 'All')]
        [SupportsWildcards()]
        [ValidateNotNullOrEmpty()]
        [string[]] $DeviceName,

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Server', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName = @(''),

        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ValidateSet('WinFax', 'ComEx')]
        [string] $Backend
    )

    process {
        $servers = @(Select-FaxServerName $ComputerName)
        if ($PSCmdlet.ParameterSetName -eq 'ById') {
            $requests = foreach ($server in $servers) {
                foreach ($jobId in $Id) {
                    $request = New-FaxServerRequest -ComputerName $server -Backend $Backend
                    $request.Id = $jobId
                    $request
                }
            }
            Invoke-FaxOperation -Method 'job.get' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.Job'
            return
        }

        $requests = foreach ($server in $servers) { New-FaxServerRequest -ComputerName $server -Backend $Backend }
        if (-not ($Type -or $QueueStatus -or $UserName -or $DeviceName)) {
            Invoke-FaxOperation -Method 'job.list' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.Job'
            return
        }
        $users = @(foreach ($pattern in $UserName) { New-Object System.Management.Automation.WildcardPattern($pattern, 'IgnoreCase') })
        $devices = @(foreach ($pattern in $DeviceName) { New-Object System.Management.Automation.WildcardPattern($pattern, 'IgnoreCase') })
        $filter = {
            param($job)
            if ($Type -and $Type -notcontains $job.Type) { return $false }
            if ($QueueStatus -and -not @($job.QueueStatus | Where-Object { $QueueStatus -contains $_ })) { return $false }
            if ($users.Count -and -not @($users | Where-Object { $_.IsMatch([string]$job.UserName) })) { return $false }
            if ($devices.Count -and ($null -eq $job.DeviceName -or -not @($devices | Where-Object { $_.IsMatch([string]$job.DeviceName) }))) { return $false }
            $true
        }
        Invoke-FaxOperation -Method 'job.list' -Params @($requests) -Cmdlet $PSCmdlet -TypeName 'FaxBridge.Job' -Filter $filter
    }
}
