/* A winfax.dll that is not one: the Wine run puts it beside node.exe, the first place Windows'
 * DLL search order looks. Loaded by mistake, it fails every suite ("lacks FaxConnectFaxServerW"). */
__declspec(dllexport) int FaxBridgeDecoy(void) { return 0; }
