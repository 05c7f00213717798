function Invoke-FaxJobCommand {
    <#
    .SYNOPSIS
    The body of Suspend-, Resume-, Restart- and Remove-FaxJob: asks ShouldProcess for each job on
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
            # A confirmation that cannot be asked (a -NonInteractive session) throws from ShouldProcess,
            # which would end only the if statement and go on to the change: end the cmdlet instead.
            try {
                $approved = $Cmdlet.ShouldProcess("Fax job $jobId on $shown", $Action)
            } catch {
                $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($_.Exception.GetBaseException(), 'FaxBridge.ConfirmationFailed', 'OperationStopped', $jobId)))
            }
            if (-not $approved) { continue }
            $request = New-FaxServerRequest -ComputerName $server -Backend $Backend
            $request.Id = $jobId
            $request
        }
    }
    if (-not $requests) { return }
    Invoke-FaxOperation -Method $Method -Params @($requests) -Cmdlet $Cmdlet -TypeName 'FaxBridge.Job' -Discard:(-not $PassThru)
}
