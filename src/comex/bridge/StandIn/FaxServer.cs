// A managed stand-in with the shape of FaxComEx's FaxServer and the objects it hands out
// (FaxDevices, FaxDevice, FaxInboundRouting, FaxFolders, FaxOutgoingQueue, FaxOutgoingArchive),
// used only by the tests that run the bridge off Windows (request.standIn). It fails the way the
// COM objects do: a COMException with the HRESULT of the Win32 error.
using System.Runtime.InteropServices;

namespace FaxBridge.ComEx.StandIn;

public sealed class FaxServer
{
    private ServerRecord? record;

    public void Connect(string bstrServerName)
    {
        var name = bstrServerName.TrimStart('\\');
        if (name is "." or "localhost") name = "";
        lock (World.Gate) record = World.Servers.TryGetValue(name, out var found) ? found : null;
        if (record is null) throw Errors.Com(0x06BA, "The RPC server is unavailable.");
    }

    public void Disconnect() => record = null;

    public FaxDevices GetDevices() => new(Connected());

    public FaxInboundRouting InboundRouting
    {
        get
        {
            Connected();
            return new FaxInboundRouting();
        }
    }

    public FaxFolders Folders => new(Connected());

    private ServerRecord Connected() => record ?? throw Errors.Com(0x0006, "The handle is invalid.");
}

internal static class Errors
{
    /// <summary>HRESULT_FROM_WIN32: how FaxComEx reports a Win32 error.</summary>
    public static COMException Com(int win32Code, string message) => new(message, unchecked((int)0x80070000) | win32Code);

    public static void RequireWrite(ServerRecord server)
    {
        if (server.ReadOnly) throw Com(0x0005, "Access is denied.");
    }
}
