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

/// <summary>A queued job as the service holds it. Id is FaxComEx's 64-bit id in hex; Status is
/// FAX_JOB_STATUS_ENUM bits, JobType FAX_JOB_TYPE_ENUM, ReceiptType FAX_RECEIPT_TYPE_ENUM.</summary>
internal sealed record JobRecord(
    string Id,
    bool Outgoing,
    int JobType,
    int Status,
    int DeviceId = 0,
    string DocumentName = "",
    int Pages = 0,
    int Size = 0,
    string RecipientNumber = "",
    string RecipientName = "",
    string SenderName = "",
    string SenderCompany = "",
    string SenderDepartment = "",
    string BillingCode = "",
    string Tsid = "",
    string Csid = "",
    string CallerId = "",
    DateTime SubmissionTime = default,
    DateTime ScheduledTime = default,
    int ReceiptType = 0,
    int Retries = 0);

internal sealed record RoutingMethodRecord(string Guid, string Name, string FunctionName, string ExtensionImageName, string ExtensionFriendlyName);

internal sealed class ServerRecord
{
    public required List<DeviceRecord> Devices { get; init; }
    public required QueueRecord Queue { get; set; }
    public required ArchiveRecord Archive { get; set; }
    /// <summary>Both queues, outgoing and incoming jobs, in the order GetJobs answers with them.</summary>
    public List<JobRecord> Jobs { get; init; } = [];
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

    // FAX_JOB_STATUS_ENUM and FAX_JOB_TYPE_ENUM (faxcomex.h).
    public const int Pending = 0x1, InProgress = 0x2, Failed = 0x8, Paused = 0x10, NoLine = 0x20, Retrying = 0x40;
    public const int RetriesExceeded = 0x80, Canceling = 0x400, RoutingStatus = 0x800;
    public const int SendJob = 0, ReceiveJob = 1, RoutingJob = 2;

    private static readonly DateTime Submitted = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static JobRecord Outgoing(string id, int status, string document, string number, string name, int pages, int retries = 0) =>
        new(id, true, SendJob, status, DocumentName: document, Pages: pages, Size: pages * 24_576, RecipientNumber: number, RecipientName: name,
            SenderName: "Ana Garcia", SenderCompany: "Contoso", SenderDepartment: "Sales", BillingCode: "S-100", Tsid: "+1 425 555 0100",
            SubmissionTime: Submitted, ScheduledTime: Submitted, ReceiptType: 4, Retries: retries);

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
            Jobs =
            [
                Outgoing("20000000008a3", Pending, "Q3 price list", "+1 206 555 0110", "Northwind Traders", pages: 3),
                Outgoing("20000000008a4", Paused, "Purchase order 4471", "+1 312 555 0199", "Fourth Coffee", pages: 8),
                Outgoing("20000000008a5", Retrying, "Delivery note", "+44 20 7946 0958", "Wide World Importers", pages: 2, retries: 1),
                Outgoing("20000000008a6", RetriesExceeded, "Invoice 2026-118", "+1 425 555 0175", "Litware Inc", pages: 1, retries: 3),
                new("30000000008a7", false, RoutingJob, RoutingStatus, Size: 48_211, Tsid: "+1 425 555 0142", Csid: "+1 425 555 0100", CallerId: "425 555 0142"),
            ],
        },
        ["FAXSRV02"] = new ServerRecord
        {
            Devices = [new(131073, "Brooktrout TR1034 Line 1", "Brooktrout FSP", true, 1, 1, "+44 20 7946 0001", "+44 20 7946 0001", [], ReceivingNow: true)],
            Queue = DefaultQueue(),
            Archive = new(false, @"D:\Fax\Sent"),
            // The fax its one line is receiving.
            Jobs = [new("10000000004d1", false, ReceiveJob, InProgress, DeviceId: 131073, Size: 20_480, Tsid: "+33 1 70 36 00 00", Csid: "+44 20 7946 0001")],
        },
        ["READONLY"] = new ServerRecord
        {
            Devices = [new(70001, "Read-only modem", Modems, true, 1, 2, "RO", "RO", [], RingingNow: true)],
            Queue = DefaultQueue(),
            Archive = new(false, ""),
            Jobs = [Outgoing("6000000000201", Pending, "Not yours", "+1 555 0201", "Someone Else", pages: 1)],
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
        // The queue the tests change: one job in each state a command cares about, one of them
        // being sent on the server's only line.
        ["QUEUESRV"] = new ServerRecord
        {
            Devices = [new(95001, "Queue line", Modems, true, 0, 0, "QUEUE", "QUEUE", [], SendingNow: true)],
            Queue = DefaultQueue(),
            Archive = new(false, ""),
            Jobs =
            [
                Outgoing("4000000000101", Pending, "Pending fax", "+1 555 0101", "Pending Co", pages: 1),
                Outgoing("4000000000102", Paused, "Paused fax", "+1 555 0102", "Paused Co", pages: 2),
                Outgoing("4000000000103", RetriesExceeded, "Failed fax", "+1 555 0103", "Failed Co", pages: 3, retries: 3),
                Outgoing("4000000000104", InProgress, "Fax on the line", "+1 555 0104", "Busy Co", pages: 4) with { DeviceId = 95001 },
                Outgoing("4000000000105", Retrying, "Retrying fax", "+1 555 0105", "Retry Co", pages: 5, retries: 1),
                new("5000000000106", false, ReceiveJob, RoutingStatus, Size: 9_000, Tsid: "+1 555 0106"),
            ],
        },
        // Two FaxComEx ids with the same low 32 bits, which FaxBridge's 32-bit id cannot tell apart.
        ["JOBCLASH"] = new ServerRecord
        {
            Devices = [],
            Queue = DefaultQueue(),
            Archive = new(false, ""),
            Jobs =
            [
                Outgoing("10000000000ff", Pending, "First", "+1 555 0001", "First Co", pages: 1),
                Outgoing("20000000000ff", Pending, "Second", "+1 555 0002", "Second Co", pages: 1),
            ],
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
