# Source manifest of the FaxBridge module; `npm run package` derives FaxBridge.psd1 from it.
@{
    RootModule           = 'powershell/FaxBridge.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '5f0c2a7e-3b1d-4c58-9a6e-2d7f1b8e4c30'
    Author               = 'FaxBridge'
    CompanyName          = 'FaxBridge'
    Copyright            = '(c) FaxBridge. MIT License.'
    Description          = 'Administer Windows fax devices: ports, device status, routing methods and server configuration.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    FormatsToProcess     = @('powershell/FaxBridge.Format.ps1xml')
    FunctionsToExport    = @(
        'Connect-FaxServer', 'Disconnect-FaxServer', 'Get-FaxServerConnection',
        'Get-FaxPort', 'Set-FaxPort', 'Get-FaxDeviceStatus',
        'Get-FaxRoutingMethod', 'Enable-FaxRoutingMethod', 'Disable-FaxRoutingMethod',
        'Get-FaxServerConfiguration', 'Set-FaxServerConfiguration'
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
