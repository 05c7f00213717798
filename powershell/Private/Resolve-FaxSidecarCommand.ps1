function Resolve-FaxSidecarCommand {
    <#
    .SYNOPSIS
    Finds node and the sidecar script, the same way every time.
    .DESCRIPTION
    Node: $env:FAXBRIDGE_NODE when set (an explicit choice wins), else the runtime the package
    bundles beside the module (runtime/node.exe, runtime/node), else the first 'node' on PATH.
    Script: beside the module when packaged (sidecar/dist/src/cli/main.js), else the repository build
    (../dist/src/cli/main.js from powershell/). Whatever is missing is a start failure that names
    the path it concerns (New-FaxSidecarStartException).
    #>
    [CmdletBinding()]
    param()

    $node = $env:FAXBRIDGE_NODE
    if ($node) {
        $origin = 'FAXBRIDGE_NODE'
        if (Test-Path -LiteralPath $node -PathType Container) {
            throw (New-FaxSidecarStartException -Path $node -Message "FAXBRIDGE_NODE names '$node', which is a folder: set it to the node program itself (Node.js 20 or later).")
        }
        if (-not (Test-Path -LiteralPath $node -PathType Leaf)) {
            throw (New-FaxSidecarStartException -Path $node -Message "FAXBRIDGE_NODE names '$node', which does not exist: set it to the path of node (Node.js 20 or later), or remove it to use the node on PATH.")
        }
    } else {
        $onWindows = [System.IO.Path]::DirectorySeparatorChar -eq '\'
        $bundled = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot $(if ($onWindows) { '../runtime/node.exe' } else { '../runtime/node' })))
    }
    if (-not $node -and (Test-Path -LiteralPath $bundled -PathType Leaf)) {
        $origin = 'the node bundled with FaxBridge'
        # Package installers unpack a .nupkg without Unix file modes: make the runtime executable
        # (64 is UnixFileMode.UserExecute; only PowerShell 7 runs off Windows).
        if ($PSVersionTable.PSEdition -eq 'Core' -and -not $onWindows) {
            $mode = [int][System.IO.File]::GetUnixFileMode($bundled)
            if (($mode -band 64) -eq 0) { [System.IO.File]::SetUnixFileMode($bundled, ($mode -bor 64)) }
        }
        $node = $bundled
    } elseif (-not $node) {
        $origin = 'PATH'
        $found = Get-Command -Name node -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if (-not $found) {
            throw (New-FaxSidecarStartException -Path 'node' -Message "FaxBridge needs Node.js 20 or later and found no 'node' on PATH: install it, or set FAXBRIDGE_NODE to the path of node.")
        }
        $node = $found.Source
    }

    $candidates = @(
        (Join-Path $PSScriptRoot '../sidecar/dist/src/cli/main.js'),
        (Join-Path $PSScriptRoot '../../dist/src/cli/main.js')
    )
    foreach ($candidate in $candidates) {
        $full = [System.IO.Path]::GetFullPath($candidate)
        if (Test-Path -LiteralPath $full -PathType Leaf) {
            return [pscustomobject]@{ Node = $node; Origin = $origin; Script = $full }
        }
    }
    $expected = [System.IO.Path]::GetFullPath($candidates[0])
    throw (New-FaxSidecarStartException -Path $expected -Message "The FaxBridge sidecar is not built (no $expected): run `"npm run build`" in the FaxBridge folder, or install the packaged module.")
}
