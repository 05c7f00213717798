# The FaxBridge module's manifest, as shipped: `npm run package` copies this folder as it is. From a
# clone, ../module.psd1 loads this manifest, so that this folder is a module base and Get-Help finds
# en-US/about_FaxBridge.help.txt here both ways.
@{
    RootModule           = 'FaxBridge.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '5f0c2a7e-3b1d-4c58-9a6e-2d7f1b8e4c30'
    Author               = 'FaxBridge'
    CompanyName          = 'FaxBridge'
    Copyright            = '(c) FaxBridge. MIT License.'
    Description          = 'Administer Windows fax devices: ports, device status, routing methods, server configuration and the fax queue.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('FaxBridge.Format.ps1xml')
    FunctionsToExport    = @(
        'Connect-FaxServer', 'Disconnect-FaxServer', 'Get-FaxServerConnection',
        'Get-FaxPort', 'Set-FaxPort', 'Get-FaxDeviceStatus',
        'Get-FaxRoutingMethod', 'Enable-FaxRoutingMethod', 'Disable-FaxRoutingMethod',
        'Get-FaxServerConfiguration', 'Set-FaxServerConfiguration',
        'Get-FaxJob', 'Suspend-FaxJob', 'Resume-FaxJob', 'Restart-FaxJob', 'Remove-FaxJob',
        'Export-FaxConfiguration', 'Compare-FaxConfiguration', 'Import-FaxConfiguration'
    )
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags       = @('Fax', 'FaxServer', 'Windows')
            ProjectUri = 'https://example.invalid/faxbridge'
        }
    }
}
