// FaxFolders with the two objects that hold what the legacy FAX_CONFIGURATION did: the outgoing
// queue and the outgoing archive, each a copy written by Save and re-read by Refresh; and the
// queues' jobs (FaxJobs.cs).
namespace FaxBridge.ComEx.StandIn;

public sealed class FaxFolders
{
    private readonly ServerRecord server;

    internal FaxFolders(ServerRecord server) => this.server = server;

    public FaxOutgoingQueue OutgoingQueue => new(server);
    public FaxIncomingQueue IncomingQueue => new(server);
    public FaxOutgoingArchive OutgoingArchive => new(server);
}

public sealed class FaxOutgoingQueue
{
    private readonly ServerRecord server;

    internal FaxOutgoingQueue(ServerRecord server)
    {
        this.server = server;
        Refresh();
    }

    public int Retries { get; set; }
    public int RetryDelay { get; set; }
    private int ageLimit;
    public int AgeLimit
    {
        get => server.ComFaults ? throw Errors.Com(0x06BE, "The remote procedure call failed.") : ageLimit;
        set => ageLimit = value;
    }

    private bool branding;
    public bool Branding
    {
        get => branding;
        set => branding = server.ComFaults ? throw Errors.Com(0x0005, "Access is denied.") : value;
    }
    public bool UseDeviceTSID { get; set; }
    public bool AllowPersonalCoverPages { get; set; }
    public bool Paused { get; set; }
    public DateTime DiscountRateStart { get; set; }
    public DateTime DiscountRateEnd { get; set; }

    public FaxJobList GetJobs() => JobRules.List(server, outgoing: true);

    public FaxOutgoingJob GetJob(string bstrJobId) => new(server, JobRules.Find(server, bstrJobId, outgoing: true));

    public void Save()
    {
        Errors.RequireWrite(server);
        if (server.FailQueueSave) throw Errors.Com(7001, "The fax server ran out of memory.");
        lock (World.Gate)
        {
            server.Queue = new QueueRecord(Retries, RetryDelay, ageLimit, branding, UseDeviceTSID, AllowPersonalCoverPages, Paused, DiscountRateStart, DiscountRateEnd);
        }
    }

    public void Refresh()
    {
        QueueRecord q;
        lock (World.Gate) q = server.Queue;
        (Retries, RetryDelay, ageLimit, branding, UseDeviceTSID) = (q.Retries, q.RetryDelay, q.AgeLimit, q.Branding, q.UseDeviceTsid);
        (AllowPersonalCoverPages, Paused, DiscountRateStart, DiscountRateEnd) = (q.AllowPersonalCoverPages, q.Paused, q.DiscountRateStart, q.DiscountRateEnd);
    }
}

public sealed class FaxOutgoingArchive
{
    private readonly ServerRecord server;

    internal FaxOutgoingArchive(ServerRecord server)
    {
        this.server = server;
        Refresh();
    }

    public bool UseArchive { get; set; }
    public string ArchiveFolder { get; set; } = "";

    public void Save()
    {
        Errors.RequireWrite(server);
        // The service refuses an archive it could not write to; a relative path is one it cannot resolve.
        if (UseArchive && !ArchiveFolder.Contains(':') && !ArchiveFolder.StartsWith(@"\\", StringComparison.Ordinal))
        {
            throw Errors.Com(7008, "The fax server cannot access the file.");
        }
        lock (World.Gate) server.Archive = new ArchiveRecord(UseArchive, ArchiveFolder);
    }

    public void Refresh()
    {
        ArchiveRecord a;
        lock (World.Gate) a = server.Archive;
        (UseArchive, ArchiveFolder) = (a.UseArchive, a.ArchiveFolder);
    }
}
