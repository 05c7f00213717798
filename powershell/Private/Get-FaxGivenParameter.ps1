function Get-FaxGivenParameter {
    <#
    .SYNOPSIS
    Which of the parameters in -Value were given for the current call or pipeline object.
    .DESCRIPTION
    $PSBoundParameters cannot tell: a parameter bound from an earlier pipeline object stays in it,
    with that object's value, when the next object lacks the property. A parameter counts as
    given when it was on the command line (-CommandLine: $PSBoundParameters as the begin block
    saw it), or it is bound (-Bound) and the pipeline object has a property of that name (a
    property of a parameter outside the parameter set chosen is not bound). -Value maps each
    parameter's name to its variable's value, which PowerShell does reset between objects.
    #>
    param([hashtable] $CommandLine, $Bound, $InputObject, [bool] $FromPipeline, [hashtable] $Value)
    $given = @{}
    foreach ($parameter in $Value.Keys) {
        $onInput = $FromPipeline -and $Bound.ContainsKey($parameter) -and $null -ne $InputObject -and $null -ne $InputObject.PSObject.Properties[$parameter]
        if ($CommandLine.ContainsKey($parameter) -or $onInput) { $given[$parameter] = $Value[$parameter] }
    }
    $given
}
