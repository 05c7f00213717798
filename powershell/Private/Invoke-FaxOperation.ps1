function Invoke-FaxOperation {
    <#
    .SYNOPSIS
    Runs one sidecar method for several parameter sets (usually one per server) on behalf of a
    cmdlet: typed objects go down that cmdlet's pipeline as each server answers (unless
    -Discard; -Collect returns them to the caller instead), failures become non-terminating
    errors of that cmdlet, and a broken transport ends it. Writing through $Cmdlet.WriteObject skips the script output of every function in
    between, which is most of the cost per object on large listings.
    #>
    param(
        [string] $Method,
        [hashtable[]] $Params,
        [System.Management.Automation.PSCmdlet] $Cmdlet,
        [string] $TypeName,
        [scriptblock] $Filter,
        [switch] $Discard,
        [switch] $Collect,
        # What Write-Progress calls the work while the sidecar reports servers done (the fleet methods).
        [string] $ProgressActivity
    )

    try {
        # A pipeline, not foreach over a call: each server's reply goes out as soon as it arrives.
        # A script block's process block does what ForEach-Object did here, for a third of the cost.
        Invoke-FaxSidecar -Method $Method -Params $Params -ProgressActivity $ProgressActivity | & { process {
            $response = $_.Response
            $sidecar = $script:FaxSidecar
            if ($script:FaxSidecarErrors.Count -gt 0 -or ($null -ne $sidecar -and $null -ne $sidecar.ErrorRead -and $sidecar.ErrorRead.IsCompleted)) { Write-FaxSidecarError -Cmdlet $Cmdlet }
            if ($response.PSObject.Properties['error']) {
                if ($response.error.data -and $response.error.data.PSObject.Properties['type'] -and $response.error.data.type -eq 'FaxLibrary') {
                    # The sidecar says where it looked on its standard error, just before this reply.
                    Receive-FaxSidecarError -Sidecar $script:FaxSidecar -WaitMilliseconds 500
                    Write-FaxSidecarError -Cmdlet $Cmdlet
                }
                $Cmdlet.WriteError((New-FaxErrorRecord -ErrorObject $response.error -Target (Get-FaxErrorTarget -Params $_.Params)))
                return
            }
            $items = $response.result
            if ($null -eq $items) { return }
            if ($Filter) { $items = @($items | Where-Object { & $Filter $_ }) }
            # pstypenames is the very list PSObject.TypeNames returns, without the member lookup on
            # the PSObject itself, which costs ~28 us on a port object: 1,000 ports 29 ms -> 0.9 ms.
            if ($TypeName) { foreach ($item in $items) { $item.pstypenames.Insert(0, $TypeName) } }
            # The same types on Windows PowerShell 5.1 and PowerShell 7 (see ConvertTo-FaxOutputObject).
            if ($TypeName -and $script:FaxOutputConversions.ContainsKey($TypeName)) { ConvertTo-FaxOutputObject -Item $items -TypeName $TypeName }
            if ($Collect) { $items } elseif (-not $Discard) { $Cmdlet.WriteObject($items, $true) }
        } }
        Write-FaxSidecarError -Cmdlet $Cmdlet
    } catch [System.TimeoutException] {
        Write-FaxSidecarError -Cmdlet $Cmdlet
        $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($_.Exception, 'FaxBridge.Timeout', 'OperationTimeout', $Method)))
    } catch [System.InvalidOperationException] {
        Write-FaxSidecarError -Cmdlet $Cmdlet
        $data = $_.Exception.Data
        if ($data['FaxBridge.StartFailed']) {
            $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($_.Exception, 'FaxBridge.SidecarStartFailed', 'ResourceUnavailable', $data['FaxBridge.Path'])))
        }
        $Cmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($_.Exception, 'FaxBridge.SidecarStopped', 'ResourceUnavailable', $Method)))
    }
}
