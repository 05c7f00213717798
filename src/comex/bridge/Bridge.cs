// The edge-js entry points: each takes the request edge-js marshals from JavaScript (a dictionary)
// and returns { ok, result } or { ok: false, error }, so failures reach TypeScript as data with
// the Win32 code, never as an exception edge-js would flatten to text.
using System.Runtime.InteropServices;

namespace FaxBridge.ComEx;

public sealed class Bridge
{
    public Task<object> ListPorts(object input) => Run(input, (server, _) =>
    {
        var ports = new List<object>();
        foreach (var device in FaxDevices.Enumerate(server)) ports.Add(FaxDevices.Describe(device));
        return ports;
    });

    public Task<object> GetPort(object input) => Run(input, (server, request) =>
        FaxDevices.Describe(FaxDevices.Find(server, request)));

    public Task<object> SetPort(object input) => Run(input, (server, request) =>
    {
        var device = FaxDevices.Find(server, request);
        FaxDevices.Apply(device, request.Change);
        Call("FaxDevice.Save", () => { device.Save(); });
        Call("FaxDevice.Refresh", () => { device.Refresh(); });
        return FaxDevices.Describe(device);
    });

    private static Task<object> Run(object input, Func<dynamic, Request, object> operation)
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
