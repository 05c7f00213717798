// The queues' jobs through FaxComEx: Folders.OutgoingQueue and Folders.IncomingQueue, their
// GetJobs, and the job methods (Pause, Resume, Restart, Cancel, then Refresh). FaxComEx names a
// job by a 64-bit id in hex ("20000000008a3"); FaxBridge's job id is 32-bit, so a job is found
// by the low 32 bits of its FaxComEx id among both queues' jobs, and two jobs that share them are
// refused by name rather than one of them guessed.
namespace FaxBridge.ComEx;

internal static class FaxJobs
{
    // HRESULT_FROM_WIN32 of these: how a queue or a job says the job is no longer queued
    // (ERROR_INVALID_PARAMETER from the legacy calls beneath, FAX_ERR_MESSAGE_NOT_FOUND).
    private const int ErrorInvalidParameter = 87;
    private const int MessageNotFound = 7009;
    private static readonly DateTime OleEpoch = new(1899, 12, 30);

    /// <summary>One job, the queue it came from, and the names of the calls on it.</summary>
    public sealed record Found(dynamic Job, bool Outgoing, string Id)
    {
        public string Kind => Outgoing ? "FaxOutgoingJob" : "FaxIncomingJob";
    }

    public static IEnumerable<Found> Enumerate(dynamic server)
    {
        dynamic folders = Bridge.Call<object>("FaxServer.Folders", () => server.Folders);
        foreach (bool outgoing in new[] { true, false })
        {
            string queueName = outgoing ? "FaxOutgoingQueue" : "FaxIncomingQueue";
            dynamic queue = Bridge.Call<object>($"FaxFolders.{(outgoing ? "OutgoingQueue" : "IncomingQueue")}", () => outgoing ? folders.OutgoingQueue : folders.IncomingQueue);
            dynamic jobs = Bridge.Call<object>($"{queueName}.GetJobs", () => queue.GetJobs());
            foreach (dynamic job in jobs)
            {
                string id = Bridge.Call($"{(outgoing ? "FaxOutgoingJob" : "FaxIncomingJob")}.Id", () => (string)job.Id);
                yield return new Found(job, outgoing, id);
            }
        }
    }

    public static uint LowId(string id)
    {
        if (!ulong.TryParse(id, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var full))
        {
            throw new FaxCallException("FaxOutgoingJob.Id", 13, $"FaxComEx gave the job id \"{id}\", which is not a 64-bit hexadecimal number.");
        }
        return (uint)(full & 0xFFFF_FFFF);
    }

    public static Found Find(dynamic server, uint jobId)
    {
        var matches = ((IEnumerable<Found>)Enumerate(server)).Where(f => LowId(f.Id) == jobId).Take(2).ToList();
        if (matches.Count == 0) throw new JobNotFoundException(jobId);
        if (matches.Count > 1) throw new AmbiguousJobIdException(jobId, matches[0].Id, matches[1].Id);
        return matches[0];
    }

    public static List<object> DescribeAll(dynamic server)
    {
        var names = DeviceNames(server);
        return ((IEnumerable<Found>)Enumerate(server)).Select(f => (object)Describe(f, names)).ToList();
    }

    public static Dictionary<string, object?> Describe(dynamic server, Found found) => Describe(found, DeviceNames(server));

    /// <summary>Runs the command's method, then re-reads the job; null once a cancel has taken it out of the queue.</summary>
    public static Dictionary<string, object?>? Command(dynamic server, Found found, string command)
    {
        dynamic job = found.Job;
        switch (command)
        {
            case "pause": Bridge.Call($"{found.Kind}.Pause", () => { job.Pause(); }); break;
            case "resume": Bridge.Call($"{found.Kind}.Resume", () => { job.Resume(); }); break;
            case "restart": Bridge.Call($"{found.Kind}.Restart", () => { job.Restart(); }); break;
            case "delete": Bridge.Call($"{found.Kind}.Cancel", () => { job.Cancel(); }); break;
            default: throw new FaxCallException($"{found.Kind}.{command}", ErrorInvalidParameter, $"{command} is not a FaxComEx job method.");
        }
        try
        {
            Bridge.Call($"{found.Kind}.Refresh", () => { job.Refresh(); });
        }
        catch (FaxCallException gone) when (command == "delete" && gone.Win32Code is ErrorInvalidParameter or MessageNotFound)
        {
            return null;
        }
        return Describe(server, found);
    }

    private static Dictionary<int, string> DeviceNames(dynamic server)
    {
        var names = new Dictionary<int, string>();
        foreach (var device in FaxDevices.Enumerate((object)server))
        {
            names[Bridge.Call("FaxDevice.Id", () => (int)device.Id)] = Bridge.Call("FaxDevice.DeviceName", () => (string)device.DeviceName);
        }
        return names;
    }

    private static Dictionary<string, object?> Describe(Found found, Dictionary<int, string> deviceNames)
    {
        dynamic job = found.Job;
        string kind = found.Kind;
        T Read<T>(string property, Func<T> read) => Bridge.Call($"{kind}.{property}", read);
        int deviceId = Read("DeviceId", () => (int)job.DeviceId);
        var described = new Dictionary<string, object?>
        {
            ["id"] = found.Id,
            ["lowId"] = LowId(found.Id),
            ["outgoing"] = found.Outgoing,
            ["jobType"] = found.Outgoing ? 0 : Read("JobType", () => (int)job.JobType),
            ["status"] = Read("Status", () => (int)job.Status),
            ["availableOperations"] = Read("AvailableOperations", () => (int)job.AvailableOperations),
            ["deviceId"] = deviceId,
            ["deviceName"] = deviceNames.TryGetValue(deviceId, out var name) ? name : null,
            ["size"] = Read("Size", () => (int)job.Size),
            ["retries"] = Read("Retries", () => (int)job.Retries),
            ["tsid"] = Read("TSID", () => (string)job.TSID),
            ["csid"] = Read("CSID", () => (string)job.CSID),
        };
        if (found.Outgoing)
        {
            dynamic recipient = Read<object>("Recipient", () => job.Recipient);
            dynamic sender = Read<object>("Sender", () => job.Sender);
            described["documentName"] = Read("DocumentName", () => (string)job.DocumentName);
            described["pages"] = Read("Pages", () => (int)job.Pages);
            described["recipientNumber"] = Bridge.Call("FaxRecipient.FaxNumber", () => (string)recipient.FaxNumber);
            described["recipientName"] = Bridge.Call("FaxRecipient.Name", () => (string)recipient.Name);
            described["senderName"] = Bridge.Call("FaxSender.Name", () => (string)sender.Name);
            described["senderCompany"] = Bridge.Call("FaxSender.Company", () => (string)sender.Company);
            described["senderDepartment"] = Bridge.Call("FaxSender.Department", () => (string)sender.Department);
            described["billingCode"] = Bridge.Call("FaxSender.BillingCode", () => (string)sender.BillingCode);
            described["receiptType"] = Read("ReceiptType", () => (int)job.ReceiptType);
            described["submissionTime"] = Iso(Read("SubmissionTime", () => (DateTime)job.SubmissionTime));
            described["scheduledTime"] = Iso(Read("ScheduledTime", () => (DateTime)job.ScheduledTime));
        }
        else
        {
            described["callerId"] = Read("CallerId", () => (string)job.CallerId);
        }
        return described;
    }

    /// <summary>A DATE as ISO 8601 UTC; FaxComEx's zero DATE (1899-12-30) means no time.</summary>
    private static string? Iso(DateTime time) =>
        time <= OleEpoch ? null : DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>No job in either queue has that id's low 32 bits.</summary>
internal sealed class JobNotFoundException(uint jobId) : Exception($"No fax job with id {jobId} in the outgoing or incoming queue.")
{
    public uint JobId { get; } = jobId;
}

/// <summary>Two FaxComEx jobs share the low 32 bits that FaxBridge's job id carries.</summary>
internal sealed class AmbiguousJobIdException(uint jobId, string first, string second) : Exception(
    $"FaxComEx jobs {first} and {second} both have the 32-bit id {jobId}; cancel or change one of them with a FaxComEx script, which names jobs by their full id.");
