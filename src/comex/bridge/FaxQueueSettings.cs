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
            ["retries"] = (int)queue.Retries,
            ["retryDelay"] = (int)queue.RetryDelay,
            ["ageLimit"] = (int)queue.AgeLimit,
            ["branding"] = (bool)queue.Branding,
            ["useDeviceTsid"] = (bool)queue.UseDeviceTSID,
            ["allowPersonalCoverPages"] = (bool)queue.AllowPersonalCoverPages,
            ["paused"] = (bool)queue.Paused,
            ["discountRateStartMinutes"] = MinutesOfDay((DateTime)queue.DiscountRateStart),
            ["discountRateEndMinutes"] = MinutesOfDay((DateTime)queue.DiscountRateEnd),
            ["useArchive"] = (bool)archive.UseArchive,
            ["archiveFolder"] = (string)archive.ArchiveFolder,
        };
    }

    /// <summary>Writes each object only if the change touches it, so a queue-only change never rewrites the archive.</summary>
    public static void Apply(dynamic server, IDictionary<string, object> change)
    {
        var (queue, archive) = Objects((object)server);
        bool wasUsed = (bool)archive.UseArchive;
        string wasFolder = (string)archive.ArchiveFolder;
        bool queueChanged = false, archiveChanged = false;
        foreach (var (key, value) in change)
        {
            switch (key)
            {
                case "retries": queue.Retries = Convert.ToInt32(value); queueChanged = true; break;
                case "retryDelay": queue.RetryDelay = Convert.ToInt32(value); queueChanged = true; break;
                case "ageLimit": queue.AgeLimit = Convert.ToInt32(value); queueChanged = true; break;
                case "branding": queue.Branding = (bool)value; queueChanged = true; break;
                case "useDeviceTsid": queue.UseDeviceTSID = (bool)value; queueChanged = true; break;
                case "allowPersonalCoverPages": queue.AllowPersonalCoverPages = (bool)value; queueChanged = true; break;
                case "paused": queue.Paused = (bool)value; queueChanged = true; break;
                case "discountRateStartMinutes": queue.DiscountRateStart = OleEpoch.AddMinutes(Convert.ToInt32(value)); queueChanged = true; break;
                case "discountRateEndMinutes": queue.DiscountRateEnd = OleEpoch.AddMinutes(Convert.ToInt32(value)); queueChanged = true; break;
                case "useArchive": archive.UseArchive = (bool)value; archiveChanged = true; break;
                case "archiveFolder": archive.ArchiveFolder = (string)value; archiveChanged = true; break;
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
            archive.UseArchive = wasUsed;
            archive.ArchiveFolder = wasFolder;
            try { archive.Save(); }
            catch (System.Runtime.InteropServices.COMException) { /* the queue's failure is the one to report */ }
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
