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
    Paths are taken from the folder of FaxBridge.psm1 ($script:FaxModuleRoot), which is this
    file's parent in a clone and the module folder itself in the package's single .psm1. PATH is
    searched with .NET rather than Get-Command, whose first use costs tens of milliseconds on
    the module's first cmdlet.
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
        $bundled = [System.IO.Path]::Combine($script:FaxModuleRoot, 'runtime', $(if ($onWindows) { 'node.exe' } else { 'node' }))
    }
    if (-not $node -and [System.IO.File]::Exists($bundled)) {
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
        $node = Find-FaxNodeOnPath
        if (-not $node) {
            throw (New-FaxSidecarStartException -Path 'node' -Message "FaxBridge needs Node.js 20 or later and found no 'node' on PATH: install it, or set FAXBRIDGE_NODE to the path of node.")
        }
    }

    $candidates = @(
        [System.IO.Path]::Combine($script:FaxModuleRoot, 'sidecar', 'dist', 'src', 'cli', 'main.js'),
        [System.IO.Path]::Combine($script:FaxModuleRoot, '..', 'dist', 'src', 'cli', 'main.js')
    )
    foreach ($candidate in $candidates) {
        $full = [System.IO.Path]::GetFullPath($candidate)
        if ([System.IO.File]::Exists($full)) {
            return [pscustomobject]@{ Node = $node; Origin = $origin; Script = $full }
        }
    }
    $expected = [System.IO.Path]::GetFullPath($candidates[0])
    throw (New-FaxSidecarStartException -Path $expected -Message "The FaxBridge sidecar is not built (no $expected): run `"npm run build`" in the FaxBridge folder, or install the packaged module.")
}

function Find-FaxNodeOnPath {
    # The first node program on PATH, as Get-Command -CommandType Application finds it: on Windows
    # node with each PATHEXT extension in turn, elsewhere a file named node that its owner may run.
    $onWindows = [System.IO.Path]::DirectorySeparatorChar -eq '\'
    $names = @('node')
    if ($onWindows) {
        $extensions = if ($env:PATHEXT) { $env:PATHEXT } else { '.COM;.EXE;.BAT;.CMD' }
        $names = @(foreach ($extension in $extensions.Split(';')) { if ($extension) { 'node' + $extension.ToLowerInvariant() } })
    }
    foreach ($folder in ([string]$env:PATH).Split([System.IO.Path]::PathSeparator)) {
        if (-not $folder) { continue }
        foreach ($name in $names) {
            $candidate = [System.IO.Path]::Combine($folder, $name)
            if (-not [System.IO.File]::Exists($candidate)) { continue }
            # 73 is UnixFileMode's UserExecute, GroupExecute and OtherExecute.
            if ($PSVersionTable.PSEdition -eq 'Core' -and -not $onWindows) {
                if (([int][System.IO.File]::GetUnixFileMode($candidate) -band 73) -eq 0) { continue }
            }
            return [System.IO.Path]::GetFullPath($candidate)
        }
    }
    $null
}
