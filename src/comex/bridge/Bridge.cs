// The edge-js entry points: each takes the request edge-js marshals from JavaScript (a dictionary)
// and returns { ok, result } or { ok: false, error }, so failures reach TypeScript as data with
// the Win32 code, never as an exception edge-js would flatten to text. The bridge only reads and
// writes COM properties; turning them into FaxBridge's objects is TypeScript's job (decode.ts).
using System.Runtime.InteropServices;

namespace FaxBridge.ComEx;

public sealed class Bridge
{
    /// <summary>Connects and disconnects: proves the server answers and the caller may connect.</summary>
    public Task<object> Connect(object input) => Run(input, (_, _) => true);

    public Task<object> ListPorts(object input) => Run(input, (server, _) =>
        FaxDevices.Enumerate((object)server).Select(device => (object)FaxDevices.Describe(device)).ToList());

    public Task<object> GetPort(object input) => Run(input, (server, request) =>
        FaxDevices.Describe(FaxDevices.Find(server, request)));

    public Task<object> SetPort(object input) => Run(input, (server, request) =>
    {
        var device = FaxDevices.Find(server, request);
        FaxDevices.Apply(device, request.Change);
        SaveAndRefresh("FaxDevice", device);
        return FaxDevices.Describe(device);
    });

    public Task<object> ListRoutingMethods(object input) => Run(input, (server, request) =>
        FaxRouting.Describe(server, FaxDevices.Find(server, request)));

    public Task<object> SetRoutingMethodEnabled(object input) => Run(input, (server, request) =>
    {
        var device = FaxDevices.Find(server, request);
        var guid = request.RoutingGuid ?? "";
        Call("FaxDevice.UseRoutingMethod", () => { device.UseRoutingMethod(guid, request.Enabled); });
        // UseRoutingMethod changes the device's configuration; Save commits it like any other.
        SaveAndRefresh("FaxDevice", device);
        return FaxRouting.Describe(server, device);
    });

    public Task<object> GetConfiguration(object input) => Run(input, (server, _) => FaxQueueSettings.Describe(server));

    public Task<object> SetConfiguration(object input) => Run(input, (server, request) =>
    {
        FaxQueueSettings.Apply(server, request.Change);
        return FaxQueueSettings.Describe(server);
    });

    public Task<object> ListJobs(object input) => Run(input, (server, _) => FaxJobs.DescribeAll(server));

    public Task<object> GetJob(object input) => Run(input, (server, request) =>
        FaxJobs.Describe(server, FaxJobs.Find(server, request.JobId ?? 0)));

    /// <summary>The job as re-read after the command, or null (JavaScript's null) once a cancel has removed it.</summary>
    public Task<object> SetJob(object input) => Run(input, (server, request) =>
        FaxJobs.Command(server, FaxJobs.Find(server, request.JobId ?? 0), request.Command ?? ""));

    private static Task<object> Run(object input, Func<dynamic, Request, object?> operation)
    {
        // COM calls block; edge-js invokes us on a CLR thread, and Task.Run keeps node's thread free.
        return Task.Run<object>(() =>
        {
            var request = Request.From(input);
            dynamic? server = null;
            try
            {
                server = FaxServerSource.Create(request.StandIn);
                var connected = server;
                // Statement lambdas: with dynamic, an expression lambda over a void call would bind as a Func.
                Call("FaxServer.Connect", () => { connected.Connect(request.Server); });
                return new Dictionary<string, object?> { ["ok"] = true, ["result"] = operation(server, request) };
            }
            catch (FaxCallException failure)
            {
                return Failure(failure.Api, failure.Win32Code, failure.Message);
            }
            catch (DeviceNotFoundException missing)
            {
                return Failure("", 0, missing.Message, "PortNotFoundError");
            }
            catch (JobNotFoundException missing)
            {
                return Failure("FaxOutgoingQueue.GetJobs", 87, missing.Message, "JobNotFoundError");
            }
            catch (AmbiguousJobIdException ambiguous)
            {
                return Failure("", 0, ambiguous.Message, "ValidationError");
            }
            catch (FaxComExNotInstalledException absent)
            {
                return Failure("", 0, absent.Message, "FaxNotInstalledError");
            }
            catch (PlatformNotSupportedException unsupported)
            {
                return Failure("", 0, unsupported.Message, "NotSupportedError");
            }
            finally
            {
                if (server is not null)
                {
                    try { server.Disconnect(); } catch (COMException) { /* the connection is gone either way */ }
                }
            }
        });
    }

    private static object Failure(string api, int win32Code, string message, string type = "FaxApiError") =>
        new Dictionary<string, object?>
        {
            ["ok"] = false,
            ["error"] = new Dictionary<string, object?> { ["type"] = type, ["api"] = api, ["win32Code"] = win32Code, ["message"] = message },
        };

    /// <summary>Save, then Refresh so the answer is what the server now holds.</summary>
    internal static void SaveAndRefresh(string objectName, dynamic target)
    {
        Call($"{objectName}.Save", () => { target.Save(); });
        Call($"{objectName}.Refresh", () => { target.Refresh(); });
    }

    /// <summary>Runs one COM call; a COMException becomes the Win32 code of its HRESULT and the API's name.</summary>
    internal static void Call(string api, Action call)
    {
        try { call(); }
        catch (COMException error) { throw new FaxCallException(api, Win32CodeOf(error.HResult), error.Message); }
    }

    internal static T Call<T>(string api, Func<T> call)
    {
        try { return call(); }
        catch (COMException error) { throw new FaxCallException(api, Win32CodeOf(error.HResult), error.Message); }
    }

    /// <summary>HRESULT_FROM_WIN32 wraps a Win32 code as 0x8007xxxx; other HRESULTs are kept whole.</summary>
    internal static int Win32CodeOf(int hresult) =>
        (hresult & unchecked((int)0xFFFF0000)) == unchecked((int)0x80070000) ? hresult & 0xFFFF : hresult;
}

internal sealed class FaxCallException(string api, int win32Code, string message) : Exception(message)
{
    public string Api { get; } = api;
    public int Win32Code { get; } = win32Code;
}

/// <summary>No device has the requested name: not a COM failure, so it carries no Win32 code.</summary>
internal sealed class DeviceNotFoundException(string message) : Exception(message);
