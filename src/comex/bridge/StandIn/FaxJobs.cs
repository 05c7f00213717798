// The two queues' jobs as FaxComEx has them: GetJobs and GetJob hand out copies of the service's
// records; Pause, Resume, Restart and Cancel act on the service's record and Refresh re-reads it.
// The service's rules: AvailableOperations says what the job's state allows, and a method outside
// it fails with ERROR_INVALID_OPERATION; a job no longer queued fails with
// FAX_ERR_MESSAGE_NOT_FOUND. Restart is not Resume: it gives a failed job a fresh round of tries,
// while Resume only lifts a pause.
using System.Collections;
using static FaxBridge.ComEx.StandIn.World;

namespace FaxBridge.ComEx.StandIn;

public sealed class FaxIncomingQueue
{
    private readonly ServerRecord server;

    internal FaxIncomingQueue(ServerRecord server) => this.server = server;

    public FaxJobList GetJobs() => JobRules.List(server, outgoing: false);

    public FaxIncomingJob GetJob(string bstrJobId) => new(server, JobRules.Find(server, bstrJobId, outgoing: false));
}

/// <summary>FaxOutgoingJobs and FaxIncomingJobs: an enumerable snapshot with Count and Item.</summary>
public sealed class FaxJobList : IEnumerable
{
    private readonly List<object> jobs;

    internal FaxJobList(List<object> jobs) => this.jobs = jobs;

    public int Count => jobs.Count;

    /// <summary>One-based, as FaxComEx collections are.</summary>
    public object Item(int vIndex) => jobs[vIndex - 1];

    public IEnumerator GetEnumerator() => jobs.GetEnumerator();
}

/// <summary>FAX_JOB_OPERATIONS_ENUM (faxcomex.h).</summary>
internal static class JobOperations
{
    public const int View = 0x1, Pause = 0x2, Resume = 0x4, Restart = 0x8, Delete = 0x10, RecipientInfo = 0x20, SenderInfo = 0x40;
}

internal static class JobRules
{
    public static FaxJobList List(ServerRecord server, bool outgoing)
    {
        lock (Gate)
        {
            return new FaxJobList(server.Jobs.Where(j => j.Outgoing == outgoing)
                .Select(j => outgoing ? (object)new FaxOutgoingJob(server, j) : new FaxIncomingJob(server, j)).ToList());
        }
    }

    public static JobRecord Find(ServerRecord server, string id, bool outgoing)
    {
        lock (Gate)
        {
            return server.Jobs.FirstOrDefault(j => j.Outgoing == outgoing && string.Equals(j.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? throw Errors.Com(7009, "The fax message was not found.");
        }
    }

    public static int Available(JobRecord job)
    {
        int s = job.Status;
        if ((s & Canceling) != 0) return JobOperations.View;
        int operations = JobOperations.View | JobOperations.Delete;
        if (!job.Outgoing) return operations;
        operations |= JobOperations.RecipientInfo | JobOperations.SenderInfo;
        if ((s & Paused) != 0) return operations | JobOperations.Resume;
        if ((s & (Failed | RetriesExceeded)) != 0) return operations | JobOperations.Restart;
        if ((s & (Pending | Retrying | NoLine)) != 0) return operations | JobOperations.Pause;
        return operations;
    }

    /// <summary>Applies one method to the service's record of the job, if its state allows it.</summary>
    public static void Apply(ServerRecord server, string id, int operation, Func<JobRecord, JobRecord?> change)
    {
        Errors.RequireWrite(server);
        lock (Gate)
        {
            int index = server.Jobs.FindIndex(j => string.Equals(j.Id, id, StringComparison.OrdinalIgnoreCase));
            if (index < 0) throw Errors.Com(7009, "The fax message was not found.");
            var job = server.Jobs[index];
            if ((Available(job) & operation) == 0) throw Errors.Com(4317, "The operation identifier is not valid.");
            var changed = change(job);
            if (changed is null) server.Jobs.RemoveAt(index);
            else server.Jobs[index] = changed;
        }
    }

    public static JobRecord? Cancel(JobRecord job) =>
        // A job on the line is hung up first, and stays in the queue as canceling until it is.
        (job.Status & InProgress) != 0 ? job with { Status = Canceling } : null;

    public static JobRecord Reread(ServerRecord server, JobRecord job)
    {
        lock (Gate)
        {
            return server.Jobs.FirstOrDefault(j => j.Id == job.Id) ?? throw Errors.Com(7009, "The fax message was not found.");
        }
    }
}

public sealed class FaxOutgoingJob
{
    private readonly ServerRecord server;
    private JobRecord job;

    internal FaxOutgoingJob(ServerRecord server, JobRecord job) => (this.server, this.job) = (server, job);

    public string Id => job.Id;
    public string DocumentName => job.DocumentName;
    public int Pages => job.Pages;
    public int Size => job.Size;
    public int Status => job.Status;
    public int AvailableOperations => JobRules.Available(job);
    public int DeviceId => job.DeviceId;
    public int Retries => job.Retries;
    public string TSID => job.Tsid;
    public string CSID => job.Csid;
    public int ReceiptType => job.ReceiptType;
    public DateTime SubmissionTime => job.SubmissionTime;
    public DateTime ScheduledTime => job.ScheduledTime;
    public FaxRecipient Recipient => new(job.RecipientNumber, job.RecipientName);
    public FaxSender Sender => new(job.SenderName, job.SenderCompany, job.SenderDepartment, job.BillingCode);

    public void Pause() => JobRules.Apply(server, job.Id, JobOperations.Pause, j =>
        j with { Status = (j.Status & ~(Pending | NoLine)) | Paused });

    public void Resume() => JobRules.Apply(server, job.Id, JobOperations.Resume, j =>
    {
        int status = j.Status & ~Paused;
        return j with { Status = status == 0 ? Pending : status };
    });

    public void Restart() => JobRules.Apply(server, job.Id, JobOperations.Restart, j => j with { Status = Pending, Retries = 0 });

    public void Cancel() => JobRules.Apply(server, job.Id, JobOperations.Delete, JobRules.Cancel);

    public void Refresh() => job = JobRules.Reread(server, job);
}

public sealed class FaxIncomingJob
{
    private readonly ServerRecord server;
    private JobRecord job;

    internal FaxIncomingJob(ServerRecord server, JobRecord job) => (this.server, this.job) = (server, job);

    public string Id => job.Id;
    public int Size => job.Size;
    public int Status => job.Status;
    public int JobType => job.JobType;
    public int AvailableOperations => JobRules.Available(job);
    public int DeviceId => job.DeviceId;
    public int Retries => job.Retries;
    public string TSID => job.Tsid;
    public string CSID => job.Csid;
    public string CallerId => job.CallerId;

    public void Cancel() => JobRules.Apply(server, job.Id, JobOperations.Delete, JobRules.Cancel);

    public void Refresh() => job = JobRules.Reread(server, job);
}

public sealed class FaxRecipient(string faxNumber, string name)
{
    public string FaxNumber { get; } = faxNumber;
    public string Name { get; } = name;
}

public sealed class FaxSender(string name, string company, string department, string billingCode)
{
    public string Name { get; } = name;
    public string Company { get; } = company;
    public string Department { get; } = department;
    public string BillingCode { get; } = billingCode;
}
