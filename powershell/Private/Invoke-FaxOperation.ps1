function Invoke-FaxOperation {
    <#
    .SYNOPSIS
    Runs one sidecar method for several parameter sets (usually one per server) on behalf of a
    cmdlet: typed objects go down the pipeline as each server answers, failures become
    non-terminating errors of that cmdlet, and a broken transport ends it.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Method,
        [Parameter(Mandatory = $true)] [AllowEmptyCollection()] [hashtable[]] $Params,
        [Parameter(Mandatory = $true)] [System.Management.Automation.PSCmdlet] $Cmdlet,
        [string] $TypeName,
        [scriptblock] $Filter
    )

    try {
        # A pipeline, not foreach over a call: each server's reply goes out as soon as it arrives.
        Invoke-FaxSidecar -Method $Method -Params $Params | ForEach-Object {
            $response = $_.Response
            if ($response.PSObject.Properties['error']) {
                $Cmdlet.WriteError((New-FaxErrorRecord -ErrorObject $response.error -Target ([pscustomobject]$_.Params)))
                return
            }
            foreach ($item in $response.result) {
                if ($null -eq $item) { continue }
                if ($Filter -and -not (& $Filter $item)) { continue }
                if ($TypeName) { $item.PSObject.TypeNames.Insert(0, $TypeName) }
                $item
            }
        }
    } catch [System.TimeoutException] {
        $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($_.Exception, 'FaxBridge.Timeout', 'OperationTimeout', $Method)))
    } catch [System.IO.FileNotFoundException] {
        $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($_.Exception, 'FaxBridge.SidecarMissing', 'NotInstalled', $Method)))
    } catch [System.InvalidOperationException] {
        $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($_.Exception, 'FaxBridge.SidecarStopped', 'ResourceUnavailable', $Method)))
    }
}
