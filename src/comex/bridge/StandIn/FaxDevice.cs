// FaxDevices and FaxDevice as FaxComEx has them: a device object is a copy of the server's
// record, changed locally, written by Save and re-read by Refresh.
using System.Collections;

namespace FaxBridge.ComEx.StandIn;

public sealed class FaxDevices : IEnumerable
{
    private readonly ServerRecord server;

    internal FaxDevices(ServerRecord server) => this.server = server;

    public IEnumerator GetEnumerator()
    {
        lock (World.Gate) return server.Devices.Select(d => new FaxDevice(server, d)).ToList().GetEnumerator();
    }

    public FaxDevice ItemById(int lDeviceId)
    {
        lock (World.Gate)
        {
            var found = server.Devices.FirstOrDefault(d => d.Id == lDeviceId)
                ?? throw Errors.Com(0x0014, "The system cannot find the device specified.");
            return new FaxDevice(server, found);
        }
    }
}

public sealed class FaxDevice
{
    private readonly ServerRecord server;
    private DeviceRecord record;
    private readonly HashSet<string> routing = new(StringComparer.OrdinalIgnoreCase);

    internal FaxDevice(ServerRecord server, DeviceRecord record)
    {
        this.server = server;
        this.record = record;
        Load();
    }

    public int Id => record.Id;
    public string DeviceName => record.Name;
    public string ProviderUniqueName => record.Provider;
    public bool PoweredOff => record.PoweredOff;
    public bool SendingNow => record.SendingNow;
    public bool ReceivingNow => record.ReceivingNow;
    public bool RingingNow => record.RingingNow;
    /// <summary>VT_EMPTY (null) for a device that uses no routing method, as FaxComEx may answer.</summary>
    public object[]? UsedRoutingMethods => routing.Count == 0 ? null : routing.Cast<object>().ToArray();
    public bool SendEnabled { get; set; }
    public int ReceiveMode { get; set; }

    private int rings;
    public int RingsBeforeAnswer
    {
        get => rings;
        set => rings = server.ComFaults ? throw Errors.Com(0x0005, "Access is denied.") : value;
    }

    private string tsid = "";
    public string TSID
    {
        get => server.ComFaults ? throw Errors.Com(0x06BE, "The remote procedure call failed.") : tsid;
        set => tsid = value;
    }
    public string CSID { get; set; } = "";

    public void UseRoutingMethod(string bstrMethodGUID, bool bUse)
    {
        if (!World.RoutingMethods.Any(m => string.Equals(m.Guid, bstrMethodGUID, StringComparison.OrdinalIgnoreCase)))
        {
            throw Errors.Com(0x0057, "The parameter is incorrect.");
        }
        if (bUse) routing.Add(bstrMethodGUID);
        else routing.Remove(bstrMethodGUID);
    }

    public void Save()
    {
        Errors.RequireWrite(server);
        // FaxComEx rejects a station id over 20 characters with E_INVALIDARG's Win32 twin.
        if (tsid.Length > 20 || CSID.Length > 20) throw Errors.Com(0x0057, "The parameter is incorrect.");
        lock (World.Gate)
        {
            var current = server.Devices.First(d => d.Id == record.Id);
            if (current.ReceivingNow || current.SendingNow) throw Errors.Com(0x0964, "The device is in use.");
            record = current with
            {
                SendEnabled = SendEnabled, ReceiveMode = ReceiveMode, Rings = rings, Tsid = tsid, Csid = CSID,
                UsedRoutingMethods = routing.ToArray(),
            };
            server.Devices[server.Devices.IndexOf(current)] = record;
        }
    }

    public void Refresh()
    {
        lock (World.Gate) record = server.Devices.First(d => d.Id == record.Id);
        Load();
    }

    private void Load()
    {
        (SendEnabled, ReceiveMode, rings, tsid, CSID) = (record.SendEnabled, record.ReceiveMode, record.Rings, record.Tsid, record.Csid);
        routing.Clear();
        routing.UnionWith(record.UsedRoutingMethods);
    }
}
