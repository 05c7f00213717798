function Resolve-FaxSidecarCommand {
    <#
    .SYNOPSIS
    Finds node and the sidecar script, the same way every time.
    .DESCRIPTION
    Node: $env:FAXBRIDGE_NODE when set (an explicit choice wins), else the runtime the package
    bundles beside the module (runtime/node.exe, runtime/node), else the first 'node' on PATH.
    Script: beside the module when packaged (sidecar/dist/src/cli/main.js), else the repository build
    (../dist/src/cli/main.js from powershell/).
    #>
    [CmdletBinding()]
    param()

    $node = $env:FAXBRIDGE_NODE
    if (-not $node) {
        $onWindows = [System.IO.Path]::DirectorySeparatorChar -eq '\'
        $bundled = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot $(if ($onWindows) { '../runtime/node.exe' } else { '../runtime/node' })))
        if (Test-Path -LiteralPath $bundled -PathType Leaf) {
            # Package installers unpack a .nupkg without Unix file modes: make the runtime executable
            # (64 is UnixFileMode.UserExecute; only PowerShell 7 runs off Windows).
            if ($PSVersionTable.PSEdition -eq 'Core' -and -not $onWindows) {
                $mode = [int][System.IO.File]::GetUnixFileMode($bundled)
                if (($mode -band 64) -eq 0) { [System.IO.File]::SetUnixFileMode($bundled, ($mode -bor 64)) }
            }
            $node = $bundled
        }
    }
    if (-not $node) {
        $found = Get-Command -Name node -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($found) { $node = $found.Source }
    }
    if (-not $node -or -not (Test-Path -LiteralPath $node -PathType Leaf)) {
        throw [System.IO.FileNotFoundException]::new('FaxBridge needs Node.js 20 or later: install it, or set FAXBRIDGE_NODE to the path of node.')
    }

    $candidates = @(
        (Join-Path $PSScriptRoot '../sidecar/dist/src/cli/main.js'),
        (Join-Path $PSScriptRoot '../../dist/src/cli/main.js')
    )
    foreach ($candidate in $candidates) {
        $full = [System.IO.Path]::GetFullPath($candidate)
        if (Test-Path -LiteralPath $full -PathType Leaf) {
            return [pscustomobject]@{ Node = $node; Script = $full }
        }
    }
    throw [System.IO.FileNotFoundException]::new('The FaxBridge sidecar is not built: run "npm run build" in the FaxBridge folder, or install the packaged module.')
}
