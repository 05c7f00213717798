// What a request from TypeScript carries, read out of the dictionary edge-js marshals.
namespace FaxBridge.ComEx;

internal sealed record Request(
    string Server,
    int? DeviceId,
    string? Name,
    IDictionary<string, object> Change,
    string? RoutingGuid,
    bool Enabled,
    bool StandIn,
    uint? JobId = null,
    string? Command = null)
{
    public static Request From(object input)
    {
        var values = input as IDictionary<string, object> ?? new Dictionary<string, object>();
        object? Get(string key) => values.TryGetValue(key, out var value) ? value : null;
        var change = Get("change") as IDictionary<string, object> ?? new Dictionary<string, object>();
        return new Request(
            Get("server") as string ?? "",
            Get("deviceId") is { } id ? Convert.ToInt32(id) : null,
            Get("name") as string,
            change,
            Get("guid") as string,
            Get("enabled") is true,
            Get("standIn") is true,
            Get("jobId") is { } job ? Convert.ToUInt32(job) : null,
            Get("command") as string);
    }
}
