# The FaxBridge module in a clone: `Import-Module ./module.psd1`. It only loads
# powershell/FaxBridge.psd1, the manifest that ships, whose folder is the module base where
# Get-Help finds about_FaxBridge (en-US/); everything it exports is exported from here.
@{
    RootModule        = 'powershell/FaxBridge.psd1'
    ModuleVersion     = '0.1.0'
    GUID              = '5f0c2a7e-3b1d-4c58-9a6e-2d7f1b8e4c30'
    Description       = 'FaxBridge, loaded from a clone of its repository.'
    FunctionsToExport = '*'
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
