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

    [SupportedOSPlatform("windows")]
    private static dynamic CreateComServer()
    {
        var type = Type.GetTypeFromProgID("FaxComEx.FaxServer")
            ?? throw new PlatformNotSupportedException("FaxComEx.FaxServer is not registered: install the Windows feature \"Fax and Scan\".");
        return Activator.CreateInstance(type)
            ?? throw new PlatformNotSupportedException("FaxComEx.FaxServer could not be created.");
    }
}
