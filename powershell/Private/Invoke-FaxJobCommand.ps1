function Invoke-FaxJobCommand {
    <#
    .SYNOPSIS
    The body of Suspend-, Resume-, Restart- and Remove-FaxJob: asks Confirm-FaxChange for each job on
    each server, then sends the approved ones in one batch; -PassThru writes them as re-read.
    #>
    param(
        [System.Management.Automation.PSCmdlet] $Cmdlet,
        [string] $Method,
        [string] $Action,
        [uint32[]] $Id,
        [string[]] $ComputerName,
        [string] $Backend,
        [switch] $PassThru
    )
    $requests = foreach ($server in (Select-FaxServerName $ComputerName)) {
        $shown = if ($server) { $server } else { 'localhost' }
        foreach ($jobId in $Id) {
            if (-not (Confirm-FaxChange -Cmdlet $Cmdlet -Target "Fax job $jobId on $shown" -Action $Action -TargetObject $jobId)) { continue }
            $request = New-FaxServerRequest -ComputerName $server -Backend $Backend
            $request.Id = $jobId
            $request
        }
    }
    if (-not $requests) { return }
    Invoke-FaxOperation -Method $Method -Params @($requests) -Cmdlet $Cmdlet -TypeName 'FaxBridge.Job' -Discard:(-not $PassThru)
}
