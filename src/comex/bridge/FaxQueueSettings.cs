// The server settings the legacy FAX_CONFIGURATION holds live, in FaxComEx, on two objects:
// the outgoing queue (retries, delays, age limit, branding, TSID, cover pages, pause, discount
// period) and the outgoing archive (whether to archive, and where).
namespace FaxBridge.ComEx;

internal static class FaxQueueSettings
{
    // An OLE Automation DATE counts days from 1899-12-30; the discount period uses only its time.
    private static readonly DateTime OleEpoch = new(1899, 12, 30);

    public static Dictionary<string, object?> Describe(dynamic server)
    {
        var (queue, archive) = Objects((object)server);
        return new Dictionary<string, object?>
        {
            ["retries"] = Read(() => (int)queue.Retries, "FaxOutgoingQueue.Retries"),
            ["retryDelay"] = Read(() => (int)queue.RetryDelay, "FaxOutgoingQueue.RetryDelay"),
            ["ageLimit"] = Read(() => (int)queue.AgeLimit, "FaxOutgoingQueue.AgeLimit"),
            ["branding"] = Read(() => (bool)queue.Branding, "FaxOutgoingQueue.Branding"),
            ["useDeviceTsid"] = Read(() => (bool)queue.UseDeviceTSID, "FaxOutgoingQueue.UseDeviceTSID"),
            ["allowPersonalCoverPages"] = Read(() => (bool)queue.AllowPersonalCoverPages, "FaxOutgoingQueue.AllowPersonalCoverPages"),
            ["paused"] = Read(() => (bool)queue.Paused, "FaxOutgoingQueue.Paused"),
            ["discountRateStartMinutes"] = MinutesOfDay(Read(() => (DateTime)queue.DiscountRateStart, "FaxOutgoingQueue.DiscountRateStart")),
            ["discountRateEndMinutes"] = MinutesOfDay(Read(() => (DateTime)queue.DiscountRateEnd, "FaxOutgoingQueue.DiscountRateEnd")),
            ["useArchive"] = Read(() => (bool)archive.UseArchive, "FaxOutgoingArchive.UseArchive"),
            ["archiveFolder"] = Read(() => (string)archive.ArchiveFolder, "FaxOutgoingArchive.ArchiveFolder"),
        };
    }

    /// <summary>Property reads and writes are COM calls: a COMException becomes a FaxCallException naming the property.</summary>
    private static T Read<T>(Func<T> read, string api) => Bridge.Call(api, read);

    private static void Write(Action write, string api) => Bridge.Call(api, write);

    /// <summary>Writes each object only if the change touches it, so a queue-only change never rewrites the archive.</summary>
    public static void Apply(dynamic server, IDictionary<string, object> change)
    {
        var (queue, archive) = Objects((object)server);
        bool wasUsed = Read(() => (bool)archive.UseArchive, "FaxOutgoingArchive.UseArchive");
        string wasFolder = Read(() => (string)archive.ArchiveFolder, "FaxOutgoingArchive.ArchiveFolder");
        bool queueChanged = false, archiveChanged = false;
        foreach (var (key, value) in change)
        {
            switch (key)
            {
                case "retries": Write(() => { queue.Retries = Convert.ToInt32(value); }, "FaxOutgoingQueue.Retries"); queueChanged = true; break;
                case "retryDelay": Write(() => { queue.RetryDelay = Convert.ToInt32(value); }, "FaxOutgoingQueue.RetryDelay"); queueChanged = true; break;
                case "ageLimit": Write(() => { queue.AgeLimit = Convert.ToInt32(value); }, "FaxOutgoingQueue.AgeLimit"); queueChanged = true; break;
                case "branding": Write(() => { queue.Branding = (bool)value; }, "FaxOutgoingQueue.Branding"); queueChanged = true; break;
                case "useDeviceTsid": Write(() => { queue.UseDeviceTSID = (bool)value; }, "FaxOutgoingQueue.UseDeviceTSID"); queueChanged = true; break;
                case "allowPersonalCoverPages": Write(() => { queue.AllowPersonalCoverPages = (bool)value; }, "FaxOutgoingQueue.AllowPersonalCoverPages"); queueChanged = true; break;
                case "paused": Write(() => { queue.Paused = (bool)value; }, "FaxOutgoingQueue.Paused"); queueChanged = true; break;
                case "discountRateStartMinutes": Write(() => { queue.DiscountRateStart = OleEpoch.AddMinutes(Convert.ToInt32(value)); }, "FaxOutgoingQueue.DiscountRateStart"); queueChanged = true; break;
                case "discountRateEndMinutes": Write(() => { queue.DiscountRateEnd = OleEpoch.AddMinutes(Convert.ToInt32(value)); }, "FaxOutgoingQueue.DiscountRateEnd"); queueChanged = true; break;
                case "useArchive": Write(() => { archive.UseArchive = (bool)value; }, "FaxOutgoingArchive.UseArchive"); archiveChanged = true; break;
                case "archiveFolder": Write(() => { archive.ArchiveFolder = (string)value; }, "FaxOutgoingArchive.ArchiveFolder"); archiveChanged = true; break;
                default: throw new FaxCallException("FaxOutgoingQueue.Save", 87, $"{key} is not a FaxComEx queue or archive setting.");
            }
        }
        // Two objects cannot be saved at once: the archive (two settings) goes first, and is put
        // back if the queue then refuses, so a refused change leaves nothing half-applied.
        if (archiveChanged) Bridge.SaveAndRefresh("FaxOutgoingArchive", archive);
        if (!queueChanged) return;
        try
        {
            Bridge.SaveAndRefresh("FaxOutgoingQueue", queue);
        }
        catch (FaxCallException) when (archiveChanged)
        {
            // The queue's failure is the one to report; putting the archive back is best effort.
            try
            {
                archive.UseArchive = wasUsed;
                archive.ArchiveFolder = wasFolder;
                archive.Save();
            }
            catch (System.Runtime.InteropServices.COMException) { }
            throw;
        }
    }

    private static (dynamic Queue, dynamic Archive) Objects(dynamic server)
    {
        dynamic folders = Bridge.Call<object>("FaxServer.Folders", () => server.Folders);
        dynamic queue = Bridge.Call<object>("FaxFolders.OutgoingQueue", () => folders.OutgoingQueue);
        dynamic archive = Bridge.Call<object>("FaxFolders.OutgoingArchive", () => folders.OutgoingArchive);
        return (queue, archive);
    }

    private static int MinutesOfDay(DateTime time) => time.Hour * 60 + time.Minute;
}
