function Confirm-FaxChange {
    <#
    .SYNOPSIS
    ShouldProcess for every cmdlet that changes state: $true to go ahead, $false when -WhatIf or
    the user said no, and a terminating FaxBridge.ConfirmationFailed error, naming the target, when
    the question cannot be asked (a -NonInteractive session, a host without a UI).
    .DESCRIPTION
    ShouldProcess throws when it cannot ask; in `if (-not $PSCmdlet.ShouldProcess(...)) { continue }`
    that exception ends only the if statement, and the change is made unasked. Here it ends the
    cmdlet instead, before anything further is sent, so use it as the whole condition:
        if (-not (Confirm-FaxChange -Cmdlet $PSCmdlet -Target $shown -Action $what -TargetObject $thing)) { continue }
    .PARAMETER Target
    What -WhatIf and -Confirm name ("port 'Modem' (65537) of localhost").
    .PARAMETER Action
    What would be done to it ("Set Rings 0 -> 7").
    .PARAMETER Sentence
    The whole change as one sentence, for a cmdlet whose changes read better so than as an action
    on a target ("Set rings 2 -> 4 on 'USRobotics 56K Voice' of FAXSRV02"): -WhatIf prints it as it
    is and -Confirm asks it as a question.
    .PARAMETER TargetObject
    The error's TargetObject, the thing concerned (a device id, a job id, a server name); -Target
    when omitted.
    #>
    param(
        [Parameter(Mandatory = $true)] [System.Management.Automation.PSCmdlet] $Cmdlet,
        [Parameter(Mandatory = $true)] [string] $Target,
        [Parameter(Mandatory = $true)] [string] $Action,
        $TargetObject = $Target,
        [string] $Sentence
    )
    try {
        if ($Sentence) { return $Cmdlet.ShouldProcess($Sentence, "$($Sentence)?", $Cmdlet.MyInvocation.MyCommand.Name) }
        return $Cmdlet.ShouldProcess($Target, $Action)
    } catch {
        $cause = $_.Exception.GetBaseException()
        # Ctrl+C at the prompt stops the pipeline; that is the user's answer, not a failure to ask.
        if ($cause -is [System.Management.Automation.PipelineStoppedException]) { throw }
        # Only the host's refusal to prompt is "could not ask"; anything else is a fault of ours
        # and keeps its own message rather than being worded as a confirmation problem.
        $unaskable = $cause -is [System.Management.Automation.PSInvalidOperationException] -or $cause -is [System.Management.Automation.Host.HostException]
        if (-not $unaskable) { throw }
        $message = "Could not ask to confirm '$Action' on $Target, which is left as it was: $($cause.Message) Give -Confirm:`$false to go ahead without asking, or -WhatIf to see what would change."
        $exception = New-Object System.Management.Automation.PSInvalidOperationException($message, $cause)
        $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($exception, 'FaxBridge.ConfirmationFailed', 'OperationStopped', $TargetObject)))
    }
}
