// Where the FaxServer object comes from: the FaxComEx COM class on Windows, or, for the tests
// that run off Windows, a managed stand-in with the same shape (StandIn/).
using System.Runtime.Versioning;

namespace FaxBridge.ComEx;

internal static class FaxServerSource
{
    public static dynamic Create(bool standIn)
    {
        if (standIn) return new StandIn.FaxServer();
        if (!OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException(
                "The Fax Extended COM API (FaxComEx) exists only on Windows; off Windows use the winfax backend (the simulator).");
        }
        return CreateComServer();
    }

    // REGDB_E_CLASSNOTREG: the ProgID is known but its class is not (a half-removed feature).
    private const int ClassNotRegistered = unchecked((int)0x80040154);

    [SupportedOSPlatform("windows")]
    private static dynamic CreateComServer()
    {
        var type = Type.GetTypeFromProgID("FaxComEx.FaxServer") ?? throw new FaxComExNotInstalledException();
        try
        {
            return Activator.CreateInstance(type) ?? throw new FaxComExNotInstalledException();
        }
        catch (System.Runtime.InteropServices.COMException error) when (error.HResult == ClassNotRegistered)
        {
            throw new FaxComExNotInstalledException();
        }
    }
}

/// <summary>The COM class FaxComEx.FaxServer is not registered: the Fax feature is not installed.</summary>
internal sealed class FaxComExNotInstalledException() : Exception(
    "FaxComEx is not installed on this computer: the COM class FaxComEx.FaxServer is not registered. " +
    "Add the feature \"Fax and Scan\" (on Windows Server, the Fax Server role).");
