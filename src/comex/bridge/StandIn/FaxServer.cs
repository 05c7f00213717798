// A managed stand-in with the shape of FaxComEx's FaxServer, FaxDevices and FaxDevice, used
// only by the tests that run the bridge off Windows (request.standIn). It fails the way the
// COM objects do: a COMException with the HRESULT of the Win32 error. Its servers live in
// memory for the life of the process.
using System.Collections;
using System.Runtime.InteropServices;

namespace FaxBridge.ComEx.StandIn;

public sealed class FaxServer
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, List<FaxDevice>> Servers = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] =
        [
            new FaxDevice(65537, "Standard 56000 bps Modem", "Microsoft Modem Device Provider", 1, 2, "+1 425 555 0100", "+1 425 555 0100"),
            new FaxDevice(65538, "USRobotics 56K Voice", "Microsoft Modem Device Provider", 2, 3, "Contoso Sales", "Contoso Sales"),
        ],
        ["FAXSRV02"] = [new FaxDevice(131073, "Brooktrout TR1034 Line 1", "Brooktrout FSP", 1, 1, "+44 20 7946 0001", "+44 20 7946 0001") { ReceivingNow = true }],
    };

    private List<FaxDevice>? devices;

    public void Connect(string bstrServerName)
    {
        var name = bstrServerName.TrimStart('\\');
        if (name is "." or "localhost") name = "";
        lock (Gate)
        {
            devices = Servers.TryGetValue(name, out var found) ? found : null;
        }
        if (devices is null) throw new COMException("The RPC server is unavailable.", unchecked((int)0x800706BA));
    }

    public void Disconnect() => devices = null;

    public FaxDevices GetDevices() =>
        new(devices ?? throw new COMException("The handle is invalid.", unchecked((int)0x80070006)), Gate);
}

public sealed class FaxDevices(List<FaxDevice> devices, object gate) : IEnumerable
{
    public IEnumerator GetEnumerator()
    {
        lock (gate) return devices.ToList().GetEnumerator();
    }

    public FaxDevice ItemById(int lDeviceId)
    {
        lock (gate)
        {
            return devices.FirstOrDefault(d => d.Id == lDeviceId)
                ?? throw new COMException("The system cannot find the device specified.", unchecked((int)0x80070014));
        }
    }
}

public sealed class FaxDevice(int id, string name, string provider, int receiveMode, int rings, string tsid, string csid)
{
    private (bool Send, int Mode, int Rings, string Tsid, string Csid) saved = (true, receiveMode, rings, tsid, csid);

    public int Id { get; } = id;
    public string DeviceName { get; } = name;
    public string ProviderUniqueName { get; } = provider;
    public bool PoweredOff { get; init; }
    public bool ReceivingNow { get; init; }
    public bool SendingNow { get; init; }
    public object[] UsedRoutingMethods { get; } = ["{92041a90-9af2-11d0-abf7-00c04fd91a4e}"];
    public bool SendEnabled { get; set; } = true;
    public int ReceiveMode { get; set; } = receiveMode;
    public int RingsBeforeAnswer { get; set; } = rings;
    public string TSID { get; set; } = tsid;
    public string CSID { get; set; } = csid;

    public void Save()
    {
        // FaxComEx rejects a station id over 20 characters with E_INVALIDARG's Win32 twin.
        if (TSID.Length > 20 || CSID.Length > 20) throw new COMException("The parameter is incorrect.", unchecked((int)0x80070057));
        if (ReceivingNow || SendingNow) throw new COMException("The device is in use.", unchecked((int)0x80070964));
        saved = (SendEnabled, ReceiveMode, RingsBeforeAnswer, TSID, CSID);
    }

    public void Refresh() => (SendEnabled, ReceiveMode, RingsBeforeAnswer, TSID, CSID) = saved;
}
