// What the stand-in's fax servers hold, as the service would: each FaxServer connection reads
// from it and Save writes back, under one lock. It lives in memory for the life of the process.
namespace FaxBridge.ComEx.StandIn;

internal sealed record DeviceRecord(
    int Id,
    string Name,
    string Provider,
    bool SendEnabled,
    int ReceiveMode,
    int Rings,
    string Tsid,
    string Csid,
    string[] UsedRoutingMethods,
    bool PoweredOff = false,
    bool SendingNow = false,
    bool ReceivingNow = false,
    bool RingingNow = false);

internal sealed record QueueRecord(int Retries, int RetryDelay, int AgeLimit, bool Branding, bool UseDeviceTsid, bool AllowPersonalCoverPages, bool Paused, DateTime DiscountRateStart, DateTime DiscountRateEnd);

internal sealed record ArchiveRecord(bool UseArchive, string ArchiveFolder);

internal sealed record RoutingMethodRecord(string Guid, string Name, string FunctionName, string ExtensionImageName, string ExtensionFriendlyName);

internal sealed class ServerRecord
{
    public required List<DeviceRecord> Devices { get; init; }
    public required QueueRecord Queue { get; set; }
    public required ArchiveRecord Archive { get; set; }
    /// <summary>Reads succeed, every Save fails with E_ACCESSDENIED: a user without farMANAGE_CONFIG.</summary>
    public bool ReadOnly { get; init; }
    /// <summary>An injected fault: the outgoing queue's Save always fails, so tests can see a two-object change undone.</summary>
    public bool FailQueueSave { get; init; }
    /// <summary>Injected faults in property calls: reading a device's TSID or the queue's AgeLimit
    /// fails with RPC_S_CALL_FAILED, setting RingsBeforeAnswer or Branding with E_ACCESSDENIED.</summary>
    public bool ComFaults { get; init; }
}

internal static class World
{
    public static readonly object Gate = new();

    private const string StoreInFolder = "{92041a90-9af2-11d0-abf7-00c04fd91a4e}";
    private const string RouteThroughEmail = "{6bbf7bfe-9af2-11d0-abf7-00c04fd91a4e}";
    private const string Print = "{92041a91-9af2-11d0-abf7-00c04fd91a4e}";
    private const string Modems = "Microsoft Modem Device Provider";

    public static readonly RoutingMethodRecord[] RoutingMethods =
    [
        new(StoreInFolder, "Store in a folder", "FaxRouteStore", @"%SystemRoot%\system32\fxsroute.dll", "Microsoft Routing Extension"),
        new(Print, "Print", "FaxRoutePrint", @"%SystemRoot%\system32\fxsroute.dll", "Microsoft Routing Extension"),
        new(RouteThroughEmail, "Route through e-mail", "FaxRouteEmail", @"%SystemRoot%\system32\fxsroute.dll", "Microsoft Routing Extension"),
    ];

    private static QueueRecord DefaultQueue() =>
        new(3, 10, 0, true, true, true, false, new DateTime(1899, 12, 30, 20, 0, 0), new DateTime(1899, 12, 30, 7, 0, 0));

    public static readonly Dictionary<string, ServerRecord> Servers = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = new ServerRecord
        {
            Devices =
            [
                new(65537, "Standard 56000 bps Modem", Modems, true, 1, 2, "+1 425 555 0100", "+1 425 555 0100", [StoreInFolder]),
                new(65538, "USRobotics 56K Voice", Modems, true, 2, 3, "Contoso Sales", "Contoso Sales", [StoreInFolder]),
            ],
            Queue = DefaultQueue(),
            Archive = new(true, @"C:\ProgramData\Microsoft\Windows NT\MSFax\SentItems"),
        },
        ["FAXSRV02"] = new ServerRecord
        {
            Devices = [new(131073, "Brooktrout TR1034 Line 1", "Brooktrout FSP", true, 1, 1, "+44 20 7946 0001", "+44 20 7946 0001", [], ReceivingNow: true)],
            Queue = DefaultQueue(),
            Archive = new(false, @"D:\Fax\Sent"),
        },
        ["READONLY"] = new ServerRecord
        {
            Devices = [new(70001, "Read-only modem", Modems, true, 1, 2, "RO", "RO", [], RingingNow: true)],
            Queue = DefaultQueue(),
            Archive = new(false, ""),
            ReadOnly = true,
        },
        ["QUEUEFAULT"] = new ServerRecord
        {
            Devices = [],
            Queue = DefaultQueue(),
            Archive = new(false, @"C:\Fax\Sent"),
            FailQueueSave = true,
        },
        // One device on manual answer (FAX_DEVICE_RECEIVE_MODE_ENUM 2) that no other test changes.
        ["MANUALSRV"] = new ServerRecord
        {
            Devices = [new(90101, "Operator-answered line", Modems, true, 2, 0, "DESK", "DESK", [StoreInFolder])],
            Queue = DefaultQueue(),
            Archive = new(false, ""),
        },
        ["COMFAULT"] = new ServerRecord
        {
            Devices = [new(80001, "Flaky modem", Modems, true, 1, 2, "FLAKY", "FLAKY", [])],
            Queue = DefaultQueue(),
            Archive = new(false, ""),
            ComFaults = true,
        },
    };
}
